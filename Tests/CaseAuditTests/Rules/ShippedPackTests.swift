import Foundation
import Testing

@testable import CaseAudit

/// The IRO pack as shipped in Rules/iro.
private let shipped = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro")

/// Every example of every shipped rule, named `rule_id: example name`.
private let shippedExamples: [String] = (shipped.pack?.rules ?? []).flatMap { rule in
  rule.examples.map { "\(rule.id): \($0.name)" }
}

@Suite struct ShippedPackTests {
  @Test func loadsWithoutErrorsOrWarnings() {
    #expect(shipped.diagnostics.map { $0.rendered() } == [])
    #expect(shipped.pack != nil)
  }

  @Test(arguments: shippedExamples)
  func example(_ name: String) throws {
    let pack = try #require(shipped.pack)
    let runner = ExampleRunner(pack: pack)
    let results = pack.rules.flatMap { rule in
      rule.examples.filter { "\(rule.id): \($0.name)" == name }.map { runner.run($0, of: rule) }
    }
    #expect(results.count == 1)
    #expect(results.first?.failure?.rendered() == nil)
  }

  @Test func hasTheRulesOtherToolsReferTo() throws {
    let ids = try #require(shipped.pack).rules.map(\.id)
    let referred = [
      "reviews_within_timescale", "no_overdue_review", "review_record_circulated_on_time",
      "child_views_conveyed", "participation_code_matches_age",
      "permanence_plan_by_second_review", "iro_footprint_between_reviews",
      "iro_consulted_child_before_review", "iro_allocated_promptly",
      "escalation_actions_time_bound", "escalation_resolved_within_timescale",
      "escalation_overdue_actions_followed_up",
    ]
    // In this order, among any others a policy owner adds.
    #expect(ids.filter(referred.contains) == referred)
  }

  @Test func everyRuleHasMetNotMetAndInsufficientEvidenceExamples() throws {
    for rule in try #require(shipped.pack).rules {
      let outcomes = Set(rule.examples.map(\.outcome))
      #expect(outcomes.isSuperset(of: [.met, .notMet, .insufficientEvidence]), "\(rule.id)")
    }
  }

  @Test func participationCodeRuleIsTaggedDataQuality() throws {
    let rule = try #require(shipped.pack?.rule("participation_code_matches_age"))
    #expect(rule.tags == ["data_quality"])
  }

  @Test func schemaHasTheCanonicalFiles() throws {
    let schema = try #require(shipped.pack).schema
    #expect(
      schema.types.map(\.file) == [
        "children.csv", "periods.csv", "episodes.csv", "reviews.csv", "permanence_plans.csv",
        "professionals.csv", "teams.csv", "allocations.csv", "notes.csv", "escalations.csv",
        "escalation_stages.csv", "escalation_actions.csv",
      ])
  }

  @Test func exampleFailureIsReportedAtTheExamplesLine() throws {
    var pack = try #require(shipped.pack)
    let index = try #require(pack.rules.firstIndex { $0.id == "permanence_plan_by_second_review" })
    let exampleIndex = try #require(
      pack.rules[index].examples.firstIndex { $0.name == "plan recorded after the second review" })
    pack.rules[index].examples[exampleIndex].outcome = .met
    let rule = pack.rules[index]
    let result = ExampleRunner(pack: pack).run(rule.examples[exampleIndex], of: rule)
    let path = Fixture.repositoryRoot + "/Rules/iro/rules/permanence.yaml"
    // The example's line, found in the file, so the test survives a policy owner's edits above.
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(
      lines.firstIndex { $0 == "    - name: plan recorded after the second review" }) + 1
    #expect(
      result.failure?.rendered() == """
        \(path):\(line):7: error: example 'plan recorded after the second review' of rule \
        'permanence_plan_by_second_review': expected met, got not_met (evidence: second_review \
        2021-07-20, first_plan 2021-07-21)
            - name: plan recorded after the second review
              ^
        """)
  }
}
