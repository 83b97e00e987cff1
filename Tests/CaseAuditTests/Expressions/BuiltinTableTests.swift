import Testing

@testable import CaseAudit

private let history = """
  child: {child_id: C1, dob: 2012-05-05, name: Sam}
  periods: [{period_id: P1, start: 2021-04-06}]
  reviews:
    - {review_id: R1, period_id: P1, held_on: 2021-04-28, score: 3}
    - {review_id: R2, period_id: P1, held_on: 2021-07-20, score: 1}
  """

/// One call per built-in function and method, each with its own answer worked out by hand: two
/// names sharing one implementation, or a name without one, shows up here.
private let examples: [String: (expression: String, expected: Value)] = [
  "days_between": ("days_between(2021-04-06, 2021-05-05)", .int(29)),
  "working_days_between": ("working_days_between(2021-04-30, 2021-05-04)", .int(1)),
  "age_on": ("age_on(dob, 2021-05-05)", .int(9)),
  "month": ("month(2021-04-06)", .string("2021-04")),
  "year": ("year(2021-04-06)", .int(2021)),
  "financial_year": ("financial_year(2021-03-31)", .string("2020-21")),
  "lower": ("lower('AbC')", .string("abc")),
  "text": ("text(17) + text(2022-03-31)", .string("172022-03-31")),
  "month_key": ("month_key(2022-03-31)", .string("mar")),
  "date": ("date(2024, 2, 29)", .date(Day(iso: "2024-02-29")!)),
  "years_back": (
    "years_back(2024-02-29, 3)",
    .list([
      .date(Day(iso: "2022-02-28")!), .date(Day(iso: "2023-02-28")!),
      .date(Day(iso: "2024-02-29")!),
    ])
  ),
  "has": ("has(reviews.first().score)", .bool(true)),
  "days": ("2021-04-06 + days(3)", .date(Day(iso: "2021-04-09")!)),
  "working_days": ("2021-04-30 + working_days(1)", .date(Day(iso: "2021-05-04")!)),
  "weeks": ("2021-04-06 + weeks(3)", .date(Day(iso: "2021-04-27")!)),
  "months": ("2021-01-31 + months(1)", .date(Day(iso: "2021-02-28")!)),
  "years": ("2020-02-29 + years(1)", .date(Day(iso: "2021-02-28")!)),
  "starts_with": ("'abc'.starts_with('ab')", .bool(true)),
  "ends_with": ("'abc'.ends_with('ab')", .bool(false)),
  "contains": ("'abc'.contains('b')", .bool(true)),
  "count": ("reviews.count() * 10 + reviews.count(r, r.score > 2)", .int(21)),
  "exists": ("reviews.exists(r, r.score == 1)", .bool(true)),
  "all": ("reviews.all(r, r.score == 1)", .bool(false)),
  "none": ("reviews.none(r, r.score == 5)", .bool(true)),
  "filter": ("reviews.filter(r, r.score < 2).first().review_id", .string("R2")),
  "first": ("reviews.first().review_id", .string("R1")),
  "last": ("reviews.last().review_id", .string("R2")),
  "nth": ("reviews.nth(2).review_id", .string("R2")),
  "sort_by": ("reviews.sort_by(r, r.score).first().review_id", .string("R2")),
  "min": ("reviews.min(r, r.score).review_id", .string("R2")),
  "max": ("reviews.max(r, r.held_on).review_id", .string("R2")),
  "is_empty": ("reviews.is_empty()", .bool(false)),
  "map": ("reviews.map(r, r.score).last()", .int(1)),
  "flat_map": ("periods.flat_map(p, p.reviews).count()", .int(2)),
  "previous": ("reviews.previous(reviews.last()).review_id", .string("R1")),
  "next": ("reviews.next(reviews.first()).review_id", .string("R2")),
  "pairs": ("reviews.pairs().first().after.review_id", .string("R2")),
]

/// Built-in functions and methods come from tables: every name has its own implementation.
@Suite struct BuiltinTableTests {
  @Test func everyBuiltinHasAnExample() {
    let names = Set(BuiltinFunction.all.map(\.name))
      .union(ExpressionCompiler.stringMethods.keys).union(ListMethodName.all)
    #expect(names == Set(examples.keys))
    #expect(BuiltinFunction.all.count == BuiltinFunction.named.count)
  }

  @Test(arguments: examples.keys.sorted())
  func builtinGivesItsOwnAnswer(name: String) throws {
    let example = try #require(examples[name])
    #expect(try Fixture.evaluate(example.expression, case: history) == example.expected)
  }

  /// Dates that do not exist, and lists of years that are empty or absurdly long, are unknown.
  @Test(arguments: [
    "date(2023, 2, 29)", "date(2023, 13, 1)", "date(10000, 1, 1)", "years_back(2022-03-31, 0)",
    "years_back(2022-03-31, 101)", "years_back(0001-03-31, 2)",
  ])
  func impossibleDatesAreUnknown(expression: String) throws {
    #expect(try Fixture.evaluate(expression) == .null)
  }

  /// A date of birth after the date (9999-12-31 in an export) gave "a child aged -7979".
  @Test(arguments: [
    ("age_on(dob, 2012-05-04)", Value.null), ("age_on(dob, 2012-05-05)", .int(0)),
    ("age_on(9999-12-31, 2021-05-05)", .null), ("age_on(dob, 2013-05-04)", .int(0)),
  ])
  func thereIsNoAgeBeforeBirth(expression: String, expected: Value) throws {
    #expect(try Fixture.evaluate(expression, case: history) == expected)
  }

  @Test func argumentsAreCheckedAgainstTheTable() {
    #expect(
      Fixture.check("has(1, 2)") == """
        pack/rules/main.yaml:3:11: error: 'has' takes 1 argument (x), got 2
          expect: has(1, 2)
                  ^
        """)
    #expect(
      Fixture.check("lower(dob) == 'a'") == """
        pack/rules/main.yaml:3:17: error: argument 1 of 'lower' must be a string, but this is a \
        date
          expect: lower(dob) == 'a'
                        ^
        """)
    #expect(
      Fixture.check("reviews.count(1) > 0") == """
        pack/rules/main.yaml:3:19: error: 'count' takes 0 arguments or 2 (x, condition), got 1
          expect: reviews.count(1) > 0
                          ^
        """)
  }
}
