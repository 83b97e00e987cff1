import Testing

@testable import CaseAudit

/// The census keeps outcomes, not findings: each test checks them against the findings
/// `Scorer.score` gives for the same cases, an independent evaluation of the same rules.
@Suite struct CensusOutcomesTests {
  static let context = AuditContext(
    asAt: Day(iso: "2022-03-31"), periodStart: Day(iso: "2021-04-01"),
    periodEnd: Day(iso: "2022-03-31"))

  /// The IRO pack and the demo export.
  static func demo() throws -> (pack: RulePack, data: Dataset, rows: [Int]) {
    let pack = try #require(PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack)
    let data = ExportLoader.load(
      Fixture.repositoryRoot + "/Samples/demo-la", schema: pack.schema
    ).dataset
    return (pack, data, Array(0..<data.tables[pack.schema.caseType].count))
  }

  /// A table's keys and cells, which must agree however the outcomes were kept.
  static func shape(_ table: ReportTable) -> [String] {
    [table.id, table.note ?? "", table.columns.map(\.key).joined(separator: ",")]
      + table.rows.map { row in
        row.key + ":" + row.cells.map { "\($0)" }.joined(separator: ",")
      }
  }

  @Test func everyCaseOutcomeIsItsFindingsOutcome() throws {
    let (pack, data, rows) = try Self.demo()
    let scorer = Scorer(pack: pack)
    let results = scorer.score(data, context: Self.context, rows: rows)
    let outcomes = scorer.outcomes(data, context: Self.context, rows: rows)
    #expect(outcomes.caseCount == rows.count)
    #expect(outcomes.ruleIDs == scorer.rules.map(\.id))
    var differing = 0
    for (index, result) in results.enumerated() {
      for (rule, finding) in result.findings.enumerated()
      where outcomes.outcome(case: index, rule: rule) != finding.outcome {
        differing += 1
      }
    }
    #expect(differing == 0)
    #expect(results.count > 100)
  }

  /// The annual report's tables (which read `reviews_within_timescale` per review) are the
  /// same from kept outcomes as from findings, for the period and for the year before.
  @Test func reportTablesAreTheSameFromOutcomesAsFromFindings() throws {
    let (pack, data, rows) = try Self.demo()
    let report = try #require(pack.report("annual"))
    #expect(!report.outcomeRules.isEmpty)
    let evaluator = ReportEvaluator(pack: pack)
    let earlier = try #require(Census.yearBefore(Self.context))
    for (context, ids) in [(Self.context, [String]()), (earlier, report.outcomeRules)] {
      let scorer = Scorer(pack: pack, only: ids)
      let fromFindings = evaluator.sections(
        report, data: data, context: context, caseRows: rows,
        results: scorer.score(data, context: context, rows: rows))
      let fromOutcomes = evaluator.sections(
        report, data: data, context: context, caseRows: rows,
        outcomes: scorer.outcomes(
          data, context: context, rows: rows, keepingItemsOf: Set(report.outcomeRules)))
      #expect(
        fromOutcomes.flatMap(\.tables).map(Self.shape)
          == fromFindings.flatMap(\.tables).map(Self.shape))
    }
  }

  /// Outcomes kept without the items a report reads are scored again with them.
  @Test func outcomesWithoutTheItemsReadAreScoredAgain() throws {
    let census = try CensusFixture.census()
    #expect(census.outcomes.keepsItems(of: "reviews_scored") == false)
    let kept = census.outcomes(keepingItemsOf: ["reviews_scored"])
    #expect(kept.keepsItems(of: "reviews_scored"))
    #expect(kept.ruleIDs == ["reviews_scored"])
    #expect(census.outcomes(keepingItemsOf: []).ruleIDs == ["reviews_scored", "old_enough"])
  }

  /// Counted by hand in `ServiceReportTests`; here from the census's outcomes.
  @Test func complianceFromOutcomesCountsCasesByOutcome() throws {
    let census = try CensusFixture.census()
    let table = ComplianceByStandard.table(rules: census.scorer.rules, outcomes: census.outcomes)
    #expect(
      table.rows.map(\.cells) == [[3, 1, 1, 1], [4, 2, 1, 1]].map { $0.map { .count($0) } })
  }
}
