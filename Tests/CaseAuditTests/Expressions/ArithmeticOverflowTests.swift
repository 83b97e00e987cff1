import Testing

@testable import CaseAudit

private let history = """
  child: {child_id: C1, dob: 2012-05-05}
  periods: [{period_id: P1, start: 2021-04-06}]
  reviews: [{review_id: R1, period_id: P1, held_on: 2021-04-28, score: 4}]
  """

private let range = "whole numbers run from -9223372036854775808 to 9223372036854775807"

/// Overflow is unknown when it happens while scoring, an error where the operands are constants,
/// and never a number that wrapped around.
@Suite struct ArithmeticOverflowTests {
  @Test(arguments: [
    ("9223372036854775807 + 1 > 0", 31, "9223372036854775807 + 1 overflows: \(range)"),
    ("-9223372036854775807 - 2 < 0", 32, "-9223372036854775807 - 2 overflows: \(range)"),
    ("2 * 4611686018427387904 > 0", 13, "2 * 4611686018427387904 overflows: \(range)"),
    ("-(-9223372036854775807 - 1) > 0", 11, "-(-9223372036854775808) overflows: \(range)"),
    (
      "-(-9223372036854775807 - 1) days + dob != null", 11,
      "-(-9223372036854775808 days) overflows: \(range)"
    ),
    (
      "-(9223372036854775807 days) + dob != null", 39,
      "adding -9223372036854775807 days to a date leaves the years 0001 to 9999"
    ),
    (
      "1\(String(repeating: "0", count: 400)).5 > 0", 11,
      "number '1\(String(repeating: "0", count: 400)).5' is too large"
    ),
    (
      "reviews.first().held_on + 9223372036854775807 days != null", 35,
      "adding 9223372036854775807 days to a date leaves the years 0001 to 9999"
    ),
    (
      "reviews.first().held_on - 9223372036854775807 months != null", 35,
      "subtracting 9223372036854775807 months from a date leaves the years 0001 to 9999"
    ),
    (
      "reviews.first().held_on + days(3652059) != null", 35,
      "adding 3652059 days to a date leaves the years 0001 to 9999"
    ),
    (
      "reviews.first().held_on - 521723 weeks != null", 35,
      "subtracting 521723 weeks from a date leaves the years 0001 to 9999"
    ),
    (
      "reviews.first().held_on + 9999 years != null", 35,
      "adding 9999 years to a date leaves the years 0001 to 9999"
    ),
    (
      "100000000000 working_days + reviews.first().held_on != null", 37,
      "adding 100000000000 working_days to a date leaves the years 0001 to 9999"
    ),
  ])
  func constantOverflowIsAnErrorAtTheOperator(expression: String, column: Int, message: String) {
    // A source line of more than 200 characters is shown as its first 200 and an ellipsis.
    let line = "  expect: \(expression)"
    let shown = line.count > 200 ? line.prefix(200) + "\u{2026}" : line
    #expect(
      Fixture.check(expression) == """
        pack/rules/main.yaml:3:\(column): error: \(message)
        \(shown)
        \(String(repeating: " ", count: column - 1))^
        """)
  }

  @Test func theLargestCountsThatCanStayWithinTheYearsAreAccepted() {
    // 0001-01-01 + 3,652,058 days is 9999-12-31; 0001-01 + 119,987 months is 9999-12.
    let expression =
      "reviews.first().held_on + 3652058 days != null"
      + " and reviews.first().held_on - 521722 weeks != null"
      + " and reviews.first().held_on + 119987 months != null"
      + " and reviews.first().held_on - 9998 years != null"
      + " and 9223372036854775806 + 1 > 0 and -9223372036854775807 - 1 < 0"
    #expect(Fixture.load(rules: Fixture.rule(expect: expression)).pack != nil)
  }

  @Test(arguments: [
    ("reviews.first().score + 9223372036854775807", Value.null),
    ("reviews.first().score - 9223372036854775807 - 5", .int(-9_223_372_036_854_775_807 - 1)),
    ("reviews.first().score - 9223372036854775807 - 6", .null),
    ("reviews.first().score * 4611686018427387904", .null),
    ("reviews.first().score * -2305843009213693952", .int(-9_223_372_036_854_775_807 - 1)),
    ("-(reviews.first().score - 9223372036854775807 - 5)", .null),
    ("reviews.first().held_on + (reviews.first().score * 1000000) days", .null),
    ("reviews.first().held_on - (reviews.first().score * 100000) months", .null),
    ("reviews.first().held_on + (reviews.first().score) days", .date(Day(iso: "2021-05-02")!)),
    ("9007199254740993 == 9007199254740992", .bool(false)),
    ("9007199254740993 > 9007199254740992", .bool(true)),
    ("9007199254740993 in [9007199254740992]", .bool(false)),
  ])
  func overflowWhileScoringIsUnknown(expression: String, expected: Value) throws {
    #expect(try Fixture.evaluate(expression, case: history) == expected)
  }
}
