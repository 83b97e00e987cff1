import Foundation
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

  /// A rule a pack lacks is not applicable to any case under it: removing one moves every case
  /// it applied to, each from its outcome under the old pack (counted independently here).
  @Test func anAddedOrRemovedRuleMovesEveryCaseItAppliesTo() throws {
    var new = iro
    new.rules.removeAll { $0.id == "iro_allocated_promptly" }
    let scored = Scorer(pack: iro, only: ["iro_allocated_promptly"]).score(demo, context: year)
    let applied = scored.filter { $0.findings[0].outcome != .notApplicable }
    #expect(applied.count > 100)
    let removed = try #require(
      RulesDiff(old: iro, new: new, oldData: demo, newData: demo, context: year).rules
        .first { $0.ruleID == "iro_allocated_promptly" })
    #expect(removed.changedCases.map(\.caseID) == applied.map(\.caseID))
    #expect(removed.changedCases.map(\.from) == applied.map { $0.findings[0].outcome })
    #expect(removed.changedCases.allSatisfy { $0.to == .notApplicable })
    let added = try #require(
      RulesDiff(old: new, new: iro, oldData: demo, newData: demo, context: year).rules
        .first { $0.ruleID == "iro_allocated_promptly" })
    #expect(added.status == .added)
    #expect(added.changedCases.map(\.caseID) == applied.map(\.caseID))
    #expect(added.changedCases.allSatisfy { $0.from == .notApplicable })
  }

  @Test func aChangedStandardIsAChangedDefinition() throws {
    var new = iro
    let index = try #require(new.rules.firstIndex { $0.id == "child_views_conveyed" })
    new.rules[index].standard = "A new reference"
    let diff = RulesDiff(old: iro, new: new, oldData: demo, newData: demo, context: year)
    let rule = try #require(diff.rules.first { $0.ruleID == "child_views_conveyed" })
    #expect(rule.status == .changed && rule.definitionChanged && rule.changedCases.isEmpty)
  }

  /// A case the new export lacks (its rows excluded under a stricter schema) is not dropped
  /// from the comparison: each rule that applied to it moves to not applicable.
  @Test func aCaseOnlyTheOldExportHasMovesToNotApplicable() throws {
    let scored = Scorer(pack: iro).score(demo, context: year)
    let old = try #require(
      scored.first { $0.findings.filter { $0.outcome != .notApplicable }.count > 3 })
    let first = old.caseID
    let moving = old.findings.filter { $0.outcome != .notApplicable }.map(\.ruleID)
    let diff = RulesDiff(
      old: iro, new: iro, oldData: demo, newData: try Self.without(first), context: year)
    for rule in diff.rules {
      let moves = rule.changedCases.filter { $0.caseID == first }
      #expect(moves.count == (moving.contains(rule.ruleID) ? 1 : 0), "\(rule.ruleID)")
      #expect(moves.allSatisfy { $0.to == .notApplicable })
    }
  }

  /// The demo export without one child's row (its records then name no loaded child).
  private static func without(_ child: String) throws -> Dataset {
    let folder = Fixture.repositoryRoot + "/Samples/demo-la/"
    var files: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder)
    where name.hasSuffix(".csv") {
      var text = try String(contentsOfFile: folder + name, encoding: .utf8)
      if name == "children.csv" {
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
          .filter { !$0.hasPrefix(child + ",") }.joined(separator: "\n")
      }
      files[name] = Array(text.utf8)
    }
    return CanonicalImporter(schema: iro.schema).load(files: files, directory: "demo").dataset
  }
}
