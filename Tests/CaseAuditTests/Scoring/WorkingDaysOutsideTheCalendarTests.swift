import Foundation
import Testing

@testable import CaseAudit

private func day(_ text: String) -> Value { .date(Day(iso: text)!) }

/// Scores every rule of an inline pack, in order and on one frame (as a case is scored), against
/// the case of the first rule's first example.
private func findings(
  rules: String, functions: String = Fixture.functions, manifest: String = Fixture.manifest
) throws -> [RuleFinding] {
  let result = Fixture.load(rules: rules, functions: functions, manifest: manifest)
  let pack = try #require(result.pack, "\(Fixture.diagnostics(result))")
  let example = try #require(pack.rules.first?.examples.first)
  var frame = Frame(
    data: example.data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
    params: pack.parameters.values, asAt: .null, period: .range(nil, nil),
    slotCount: pack.slotCount)
  return pack.rules.map { RuleEvaluator.evaluate($0, frame: &frame) }
}

/// A rule timed in working days from each period's start.
private func deadlineRule(_ id: String, deadline: String) -> String {
  """
  - id: \(id)
    title: Deadline
    for_each: periods as p
    let:
      deadline: \(deadline)
    expect: p.end != null and p.end <= deadline
    evidence: {deadline: deadline}
    examples:
      - name: started before the calendar's years
        outcome: insufficient_evidence
        case:
          periods:
            - {period_id: P1, start: 2020-12-01, end: 2021-01-05}
            - {period_id: P2, start: 2021-04-06, end: 2021-04-07}

  """
}

/// The fixture calendar covers 2021 only.
private let outsideMessage =
  "insufficient evidence: deadline unknown; working days are unknown outside the calendar's"
  + " years (the calendar covers 2021)"

/// Date arithmetic in rules never traps and never guesses: what cannot be known is unknown, and
/// a finding that rests on working days outside the calendar's years says so.
@Suite struct WorkingDaysOutsideTheCalendarTests {
  // Counts that are constants so large that no date survives are `rules check` errors
  // (ArithmeticOverflowTests); these reach the same sizes only at run time.
  @Test(arguments: [
    ("2021-04-06 + 5 working_days", day("2021-04-13")),
    ("2021-04-06 + working_days(99999999999 + reviews.count())", .null),
    ("2021-04-06 - working_days(99999999999 + reviews.count())", .null),
    ("1921-04-06 + 5 working_days", .null),
    ("2021-12-30 + 5 working_days", .null),
    ("working_days_between(0001-01-01, 9999-12-31)", .null),
    ("working_days_between(2021-04-06, 2021-05-05)", .int(20)),
    ("working_days_between(2020-12-31, 2021-01-04)", .null),
    ("2021-04-06 + days(9223372036854775806 + reviews.count())", .null),
    ("2021-04-06 - days(9223372036854775806 + reviews.count())", .null),
    ("2021-04-06 - months(9223372036854775806 + reviews.count())", .null),
    ("2021-04-06 + weeks(9223372036854775806 + reviews.count())", .null),
    ("2021-04-06 + years(9223372036854775806 + reviews.count())", .null),
    ("2021-04-06 - days(-9223372036854775807 - reviews.count())", .null),
    ("2021-04-06 + -days(-9223372036854775807 - reviews.count()) == null", .bool(true)),
    ("2021-04-06 + -(3 days)", day("2021-04-03")),
    ("9999-12-31 + 1 day", .null),
    ("0001-01-01 - 1 day", .null),
    ("0001-01-01 + 2 days", day("0001-01-03")),
    ("days(1) + 9999-12-30", day("9999-12-31")),
    ("reviews.first().held_on + days(9223372036854775806 + reviews.count()) == null", .bool(true)),
  ])
  func dateArithmetic(expression: String, expected: Value) throws {
    let history = "{reviews: [{review_id: R1, held_on: 2021-05-05}]}"
    #expect(try Fixture.evaluate(expression, case: history) == expected)
  }

  @Test func theInsufficientEvidenceMessageNamesTheCalendarsYears() throws {
    let found = try findings(rules: deadlineRule("a", deadline: "p.start + 20 working_days"))
    #expect(found.map(\.outcome) == [.insufficientEvidence])
    #expect(found[0].message == "1 of 2 periods with insufficient evidence")
    #expect(found[0].items.map(\.message) == [outsideMessage, nil])
    #expect(found[0].items.map(\.outcome) == [.insufficientEvidence, .met])
  }

  @Test func everyRuleUsingAMemoisedFunctionSaysWhy() throws {
    let functions = Fixture.functions + "\ndue(p): \"p.start + (params.window) working_days\"\n"
    let other = """
      - id: c
        title: Unknown for another reason
        for_each: periods as p
        let:
          deadline: p.start + 1 day
        expect: deadline < reviews.first().held_on
        evidence: {deadline: deadline}

      """
    let rules =
      deadlineRule("a", deadline: "due(p)") + deadlineRule("b", deadline: "due(p)") + other
    let found = try findings(rules: rules, functions: functions)
    #expect(found[0].items.map(\.message) == [outsideMessage, nil])
    #expect(found[1].items.map(\.message) == [outsideMessage, nil])
    #expect(
      found[2].items.map(\.message) == [
        "insufficient evidence: the records needed to decide are missing",
        "insufficient evidence: the records needed to decide are missing",
      ])
  }

  @Test func aParameterOfAHugeNumberOfWorkingDaysIsUnknownAtOnce() throws {
    let manifest = Fixture.manifest.replacingOccurrences(
      of: "window: 20", with: "window: 99999999999999")
    let rules = """
      - id: window
        title: Window
        for_each: periods as p
        expect: p.start + (params.window) working_days != null
        examples:
          - name: a window far beyond the calendar
            outcome: not_met
            case: {periods: [{period_id: P1, start: 2021-04-06}]}

      """
    let result = Fixture.load(rules: rules, manifest: manifest)
    let pack = try #require(result.pack, "\(Fixture.diagnostics(result))")
    #expect(ExampleRunner(pack: pack).run().map(\.failure) == [nil])
  }
}
