import Testing

@testable import CaseAudit

private let iro = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack!
private let demo = CanonicalImporter(schema: iro.schema)
  .load(directory: Fixture.repositoryRoot + "/Samples/demo-la").dataset
private let year = AuditContext(
  asAt: Day(iso: "2022-03-31"), periodStart: Day(iso: "2021-04-01"),
  periodEnd: Day(iso: "2022-03-31"))

/// The pack with its first-review timescale shortened from 20 to 15 working days.
private func shortened() -> RulePack {
  var pack = iro
  let index = pack.parameters.entries.firstIndex { $0.name == "first_review_working_days" }!
  pack.parameters.entries[index].value = .int(15)
  return pack
}

@Suite struct RulesDiffTests {
  /// Independently of the rules: the cases met before whose first review of a period fell on
  /// working day 16 to 20 of care, in the period, are exactly those that move to not met.
  @Test func aShorterTimescaleMovesExactlyTheCasesItShould() throws {
    let diff = RulesDiff(old: iro, new: shortened(), oldData: demo, newData: demo, context: year)
    let rule = try #require(diff.rules.first { $0.ruleID == "reviews_within_timescale" })
    #expect(rule.status == .changed)
    #expect(!rule.definitionChanged)
    #expect(
      diff.rules.filter { $0.status == .changed }.map(\.ruleID) == ["reviews_within_timescale"])
    let before = Scorer(pack: iro, only: ["reviews_within_timescale"]).score(demo, context: year)
    let metBefore = Set(before.filter { $0.findings[0].outcome == .met }.map(\.caseID))
    let schema = demo.schema
    let periods = demo.tables[schema.typeIndex("period")!]
    let reviews = demo.tables[schema.typeIndex("review")!]
    let review = schema.types[schema.typeIndex("review")!]
    var expected = Set<String>()
    for row in 0..<periods.count {
      guard case .date(let start) = periods.columns[2][row] else { continue }
      let held = demo.lists[
        schema.relations.firstIndex {
          $0.name == "reviews" && $0.target == schema.typeIndex("period")!
        }!][row]
        .map(Int.init)
        .filter {
          reviews.columns[review.fieldIndex("cancelled")!][$0] != .bool(true)
            && reviews.columns[review.fieldIndex("held_on")!][$0] != .null
        }
        .compactMap { row -> Day? in
          if case .date(let day) = reviews.columns[review.fieldIndex("held_on")!][row] {
            return day
          }
          return nil
        }.sorted()
      guard let first = held.first, first >= year.periodStart!, first <= year.periodEnd! else {
        continue
      }
      if let days = iro.calendar.workingDaysBetween(start, first), (16...20).contains(days),
        case .string(let child) = periods.columns[1][row],
        metBefore.contains(child)
      {
        expected.insert(child)
      }
    }
    #expect(Set(rule.changedCases.map(\.caseID)) == expected)
    #expect(rule.changedCases.allSatisfy { $0.from == .met && $0.to == .notMet })
    #expect(expected.count > 20)
  }

  @Test func addedRemovedAndChangedDefinitions() throws {
    var new = iro
    new.rules.removeAll { $0.id == "iro_allocated_promptly" }
    let index = try #require(new.rules.firstIndex { $0.id == "child_views_conveyed" })
    new.rules[index].weight = 5
    let diff = RulesDiff(old: iro, new: new, oldData: demo, newData: demo, context: year)
    let statuses = Dictionary(uniqueKeysWithValues: diff.rules.map { ($0.ruleID, $0.status) })
    #expect(statuses["iro_allocated_promptly"] == .removed)
    #expect(statuses["child_views_conveyed"] == .changed)
    #expect(statuses["no_overdue_review"] == .unchanged)
    let reverse = RulesDiff(old: new, new: iro, oldData: demo, newData: demo, context: year)
    #expect(reverse.rules.first { $0.ruleID == "iro_allocated_promptly" }?.status == .added)
    let json = try RulesDiffReport(diff: reverse).json()
    #expect(
      json.hasPrefix(
        #"{"rules":[{"changed_cases":[],"rule_id":"reviews_within_timescale","status":"unchanged"}"#
      ))
  }
}
