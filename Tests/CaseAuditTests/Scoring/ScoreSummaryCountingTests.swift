import Foundation
import Testing

@testable import CaseAudit

private let iro = DemoExport.pack

private func load(without file: String?) -> Dataset {
  DemoExport.load(without: file).dataset
}

/// A summary as comparable lines: every rule's counts, then the grades.
private func lines(_ summary: ScoreSummary) -> [String] {
  func text(_ counts: OutcomeCounts) -> String {
    "\(counts.met)/\(counts.notMet)/\(counts.insufficientEvidence)/\(counts.notApplicable)"
  }
  return ["\(summary.caseCount) cases"]
    + summary.rules.map {
      "\($0.ruleID) \($0.title) \($0.scoresItems) \(text($0.cases)) \(text($0.items))"
    }
    + summary.grades.map { "\($0.grade) \($0.cases)" }
}

/// `Scorer.summary` counts outcomes without building findings: it must give the very counts
/// that counting `Scorer.score`'s findings gives, whatever rules, cases and export.
@Suite struct ScoreSummaryCountingTests {
  @Test(arguments: [nil, "reviews.csv", "notes.csv", "allocations.csv"])
  func theSummaryCountsWhatTheFindingsSay(without file: String?) {
    let data = load(without: file)
    let end = Day(iso: "2022-03-31")!
    let context = AuditContext(asAt: end, periodStart: Day(iso: "2021-04-01"), periodEnd: end)
    let scorer = Scorer(pack: iro)
    let counted = scorer.summary(data, context: context)
    let fromFindings = ScoreSummary(results: scorer.score(data, context: context), scorer: scorer)
    #expect(lines(counted) == lines(fromFindings))
    #expect(counted.rules.contains { $0.items.applicable > 0 })
  }

  @Test func someRulesAndSomeCases() {
    let data = load(without: nil)
    let context = AuditContext(asAt: Day(iso: "2021-12-31"))
    let scorer = Scorer(pack: iro, only: ["reviews_within_timescale", "iro_allocated_promptly"])
    let rows = Array(stride(from: 0, to: data.tables[iro.schema.caseType].count, by: 3))
    let counted = scorer.summary(data, context: context, rows: rows)
    let fromFindings = ScoreSummary(
      results: scorer.score(data, context: context, rows: rows), scorer: scorer)
    #expect(lines(counted) == lines(fromFindings))
    #expect(counted.caseCount == rows.count)
  }
}
