import Foundation
import Testing

@testable import CaseAudit

/// The IRO pack as shipped, and the demo export's files read once into memory.
private let iro = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack!
private let demo: [String: [UInt8]] = {
  let folder = Fixture.repositoryRoot + "/Samples/demo-la"
  var files: [String: [UInt8]] = [:]
  for type in iro.schema.types {
    files[type.file] = FileManager.default.contents(atPath: folder + "/" + type.file).map {
      [UInt8]($0)
    }
  }
  return files
}()

/// The files of the canonical export besides the children, which are the cases.
private let optionalFiles = iro.schema.types.indices.filter { $0 != iro.schema.caseType }.map {
  iro.schema.types[$0].file
}

private func load(without file: String?) -> ImportResult {
  var files = demo
  if let file { files[file] = nil }
  return CanonicalImporter(schema: iro.schema).load(files: files, directory: "demo-la")
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
