import Foundation
import Testing

@testable import CaseAudit

private let iro = DemoExport.pack
private let demo = DemoExport.files

/// The files of the canonical export besides the children, which are the cases.
private let optionalFiles = iro.schema.types.indices.filter { $0 != iro.schema.caseType }.map {
  iro.schema.types[$0].file
}

private func load(without file: String?) -> ImportResult {
  DemoExport.load(without: file)
}

/// Every finding not met, as `case rule item`, over the whole export for 2021-22.
private func notMet(_ data: Dataset) -> Set<String> {
  let (start, end) = (Day(iso: "2021-04-01")!, Day(iso: "2022-03-31")!)
  let context = AuditContext(asAt: end, periodStart: start, periodEnd: end)
  var found = Set<String>()
  for result in Scorer(pack: iro).score(data, context: context) {
    for finding in result.findings where finding.outcome == .notMet {
      if finding.items.isEmpty { found.insert("\(result.caseID) \(finding.ruleID)") }
      for item in finding.items where item.outcome == .notMet {
        found.insert("\(result.caseID) \(finding.ruleID) \(item.itemID)")
      }
    }
  }
  return found
}

/// Cases per outcome of one rule.
private func outcomes(_ rule: String, _ data: Dataset) -> [Outcome: Int] {
  let end = Day(iso: "2022-03-31")!
  let context = AuditContext(asAt: end, periodStart: Day(iso: "2021-04-01"), periodEnd: end)
  var counts: [Outcome: Int] = [:]
  for result in Scorer(pack: iro, only: [rule]).score(data, context: context) {
    counts[result.findings[0].outcome, default: 0] += 1
  }
  return counts
}

@Suite struct MissingFileTests {
  @Test(arguments: optionalFiles)
  func aMissingFileAddsNoFindingNotMet(_ file: String) {
    let full = load(without: nil)
    let partial = load(without: file)
    let type = iro.schema.types.first { $0.file == file }!
    // Only the missing file is reported; no row of another file is excluded for it.
    #expect(
      Set(partial.diagnostics.map { $0.rendered() })
        .subtracting(full.diagnostics.map { $0.rendered() }) == [
          "warning: 'demo-la/\(file)' does not exist: \(type.listName) are not provided, so rules"
            + " that read them give insufficient evidence"
        ])
    #expect(
      zip(partial.counts, full.counts).allSatisfy { $0.type == type.name || $0 == $1 })
    let added = notMet(partial.dataset).subtracting(notMet(full.dataset))
    #expect(added.isEmpty, "\(added.sorted().prefix(5))")
  }

  /// An empty file, or one without a required column, loads no rows: like a missing file, its
  /// records are unknown, and no row of another file is excluded for them (an empty teams.csv
  /// excluded every professional, review, note and escalation).
  @Test(arguments: optionalFiles)
  func aFileThatLoadsNoRowsExcludesNothingElse(_ file: String) {
    let full = load(without: nil)
    let type = iro.schema.types.first { $0.file == file }!
    let key = type.fields[type.key].name
    for bytes in [[UInt8](), Array("\(key)_typo\n".utf8)] {
      var files = demo
      files[file] = bytes
      let partial = CanonicalImporter(schema: iro.schema).load(files: files, directory: "demo-la")
      #expect(
        zip(partial.counts, full.counts).allSatisfy { $0.type == type.name || $0 == $1 },
        "\(file)")
      #expect(partial.counts.first { $0.type == type.name }?.provided == false, "\(file)")
      let added = notMet(partial.dataset).subtracting(notMet(full.dataset))
      #expect(added.isEmpty, "\(file): \(added.sorted().prefix(5))")
    }
  }

  /// Issue 8: without teams.csv, every professional was excluded, then every review they
  /// chaired and every allocation: no_overdue_review fell from 99.7% to 1.3% and
  /// iro_allocated_promptly to 0 of 174.
  @Test(arguments: ["teams.csv", "professionals.csv"])
  func theTimetableRulesStandWithoutTeamsOrProfessionals(_ file: String) {
    let full = load(without: nil).dataset
    let partial = load(without: file).dataset
    for rule in ["no_overdue_review", "iro_allocated_promptly", "reviews_within_timescale"] {
      #expect(outcomes(rule, partial) == outcomes(rule, full), "\(rule)")
    }
  }

  /// One professional's bad role code excludes the professional, then the allocations, reviews,
  /// notes and escalations that name them: no rule may turn that into a finding not met.
  @Test func excludedRowsAddNoFindingNotMet() throws {
    var files = demo
    let text = String(decoding: try #require(files["professionals.csv"]), as: UTF8.self)
    let broken = try #require(text.range(of: ",iro,"))
    files["professionals.csv"] = Array(text.replacingCharacters(in: broken, with: ",iroo,").utf8)
    let partial = CanonicalImporter(schema: iro.schema).load(files: files, directory: "demo-la")
    #expect(partial.counts.map(\.excluded).reduce(0, +) > 1_000)
    let added = notMet(partial.dataset).subtracting(notMet(load(without: nil).dataset))
    #expect(added.isEmpty, "\(added.sorted().prefix(5))")
  }

  /// A review excluded for a bad value leaves the child's reviews unknown: the next review is
  /// not timed from the one before it.
  @Test func aCaseThatLostAReviewHasItsReviewsUnknown() throws {
    let reviews = """
      review_id,child_id,period_id,held_on,participation
      R1,C1,P1,2021-04-13,PN1
      R2,C1,P1,2021-07-02,PN9
      R3,C1,P1,2021-12-20,PN1
      R4,C2,P2,2021-05-05,PN1

      """
    let files = [
      "children.csv": "child_id,dob\nC1,2010-02-01\nC2,2011-03-04\n",
      "periods.csv": "period_id,child_id,start\nP1,C1,2021-03-15\nP2,C2,2021-04-06\n",
      "reviews.csv": reviews,
    ]
    let imported = CanonicalImporter(schema: iro.schema).load(
      files: files.mapValues { Array($0.utf8) }, directory: "export")
    let end = Day(iso: "2022-03-31")!
    let results = Scorer(pack: iro, only: ["reviews_within_timescale"]).score(
      imported.dataset, context: AuditContext(asAt: end))
    #expect(results.map { $0.findings[0].outcome } == [.insufficientEvidence, .met])
    #expect(
      results[0].findings[0].message
        == "insufficient evidence: the records this rule scores were not provided, or some of"
        + " the case's were excluded for errors")
  }

  /// Following a reference into a file the export lacks cannot be judged; reading the
  /// reference's own id can.
  @Test func followingAReferenceIntoAMissingFileIsInsufficientEvidence() throws {
    let rules = """
      - id: chair_named
        title: The chair has a name
        for_each: reviews as r
        expect: r.chair.name != null
      - id: chair_recorded
        title: A chair is recorded
        for_each: reviews as r
        expect: r.chair_id != null

      """
    let pack = try #require(Fixture.load(rules: rules).pack)
    let files = [
      "children.csv": "child_id\nC1\n",
      "reviews.csv": "review_id,child_id,held_on,chair_id\nR1,C1,2021-05-05,I1\n",
    ]
    let imported = CanonicalImporter(schema: pack.schema).load(
      files: files.mapValues { Array($0.utf8) }, directory: "export")
    #expect(imported.counts.map(\.excluded) == [0, 0, 0, 0])
    let findings = Scorer(pack: pack).score(imported.dataset, context: AuditContext())[0].findings
    #expect(findings.map(\.outcome) == [.insufficientEvidence, .met])
    #expect(
      findings[0].message
        == "insufficient evidence: the export does not provide professionals")
  }
}
