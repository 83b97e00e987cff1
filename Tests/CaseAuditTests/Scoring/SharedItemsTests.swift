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

private func load(without file: String?) -> Dataset {
  var files = demo
  if let file { files[file] = nil }
  return CanonicalImporter(schema: iro.schema).load(files: files, directory: "demo-la").dataset
}

private let year = AuditContext(
  asAt: Day(iso: "2022-03-31")!, periodStart: Day(iso: "2021-04-01"),
  periodEnd: Day(iso: "2022-03-31"))

/// Rules sharing the items of their `for_each` within a case.
@Suite struct SharedItemsTests {
  /// Rules whose `for_each` is written the same take their items from the first of them once
  /// per case: each must still give what it gives scored alone.
  @Test func rulesSharingTheirItemsFindWhatEachFindsAlone() {
    let data = load(without: nil)
    let together = ["reviews_within_timescale", "child_views_conveyed"]
    #expect(Set(together.map { iro.rule($0)!.text.forEach }).count == 1)
    let both = Scorer(pack: iro, only: together).score(data, context: year)
    for (position, id) in together.enumerated() {
      let alone = Scorer(pack: iro, only: [id]).score(data, context: year)
      #expect(alone.map { $0.findings[0] } == both.map { $0.findings[position] })
    }
    let summary = Scorer(pack: iro, only: together).summary(data, context: year)
    #expect(summary.rules.allSatisfy { $0.items.applicable > 0 })
  }
}
