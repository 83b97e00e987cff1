import Foundation
import Testing

@testable import CaseAudit

private let iro = DemoExport.pack

private func load(without file: String?) -> Dataset {
  DemoExport.load(without: file).dataset
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
