import Testing

@testable import CaseAudit

/// Full diagnostics for mistakes in expressions: each at the column inside the expression.
@Suite struct ExpressionDiagnosticsTests {
  @Test(arguments: [
    (
      "reviews.first().held_date",
      """
      pack/rules/main.yaml:3:27: error: unknown field 'held_date' on 'review'; did you mean \
      'held_on'?
        expect: reviews.first().held_date
                                ^
      """
    ),
    (
      "perods.count() > 0",
      """
      pack/rules/main.yaml:3:11: error: unknown name 'perods'; did you mean 'periods'?
        expect: perods.count() > 0
                ^
      """
    ),
    (
      "reviews.filtr(r, true)",
      """
      pack/rules/main.yaml:3:19: error: unknown list method 'filtr'; did you mean 'filter'?
        expect: reviews.filtr(r, true)
                        ^
      """
    ),
    (
      "reviews.count() == \'2\'",
      """
      pack/rules/main.yaml:3:27: error: cannot compare an int with a string
        expect: reviews.count() == '2'
                                ^
      """
    ),
    (
      "dob + 3",
      """
      pack/rules/main.yaml:3:15: error: '+' cannot combine a date and an int
        expect: dob + 3
                    ^
      """
    ),
    (
      "dob < 2",
      """
      pack/rules/main.yaml:3:15: error: cannot compare a date with an int using '<'
        expect: dob < 2
                    ^
      """
    ),
    (
      "reviews.nth(\'2\') == null",
      """
      pack/rules/main.yaml:3:23: error: the argument of 'nth' must be a whole number, but this is \
      a string
        expect: reviews.nth('2') == null
                            ^
      """
    ),
    (
      "days_between(dob)",
      """
      pack/rules/main.yaml:3:11: error: 'days_between' takes 2 arguments (a, b), got 1
        expect: days_between(dob)
                ^
      """
    ),
    (
      "age_on(dob, 3) > 4",
      """
      pack/rules/main.yaml:3:23: error: argument 2 of 'age_on' must be a date, but this is an int
        expect: age_on(dob, 3) > 4
                            ^
      """
    ),
    (
      "not reviews.count()",
      """
      pack/rules/main.yaml:3:15: error: 'not' needs a true/false value, but this is an int
        expect: not reviews.count()
                    ^
      """
    ),
    (
      "params.windw > 0",
      """
      pack/rules/main.yaml:3:18: error: unknown parameter 'windw'; did you mean 'window'?
        expect: params.windw > 0
                       ^
      """
    ),
    (
      "audit.asat == null",
      """
      pack/rules/main.yaml:3:17: error: unknown audit value 'asat'; did you mean 'as_at'?
        expect: audit.asat == null
                      ^
      """
    ),
    (
      "reviews.first().held_on - dob > 0",
      """
      pack/rules/main.yaml:3:35: error: cannot subtract one date from another; use \
      days_between(a, b) or working_days_between(a, b)
        expect: reviews.first().held_on - dob > 0
                                        ^
      """
    ),
    (
      "reviews.first().participation == \'PN1\' and",
      """
      pack/rules/main.yaml:3:53: error: expected a value, a name or '(', found end of expression
        expect: reviews.first().participation == 'PN1' and
                                                          ^
      """
    ),
    (
      "(dob > 2020-01-01",
      """
      pack/rules/main.yaml:3:28: error: expected ')' to close '(', found end of expression
        expect: (dob > 2020-01-01
                                 ^
      """
    ),
    (
      "dob > 2021-02-30",
      """
      pack/rules/main.yaml:3:17: error: '2021-02-30' is not a valid date
        expect: dob > 2021-02-30
                      ^
      """
    ),
    (
      "held_reviewz(child)",
      """
      pack/rules/main.yaml:3:11: error: unknown function 'held_reviewz'; did you mean 'held'?
        expect: held_reviewz(child)
                ^
      """
    ),
    (
      "reviews.held_on == null",
      """
      pack/rules/main.yaml:3:19: error: 'held_on' is read from a list of review; pick one item \
      first (first(), last(), nth(k)) or use map(x, x.held_on)
        expect: reviews.held_on == null
                        ^
      """
    ),
    (
      "reviews.first().count()",
      """
      pack/rules/main.yaml:3:27: error: 'count' is a list method, but this is a review
        expect: reviews.first().count()
                                ^
      """
    ),
    (
      "dob in [\'a\']",
      """
      pack/rules/main.yaml:3:15: error: cannot look for a date in a list of string
        expect: dob in ['a']
                    ^
      """
    ),
    (
      "reviews.exists(1, true)",
      """
      pack/rules/main.yaml:3:26: error: the first argument of 'exists' names each item, as in \
      exists(x, ...)
        expect: reviews.exists(1, true)
                               ^
      """
    ),
    (
      "reviews.sort_by(r, r) == null",
      """
      pack/rules/main.yaml:3:30: error: 'sort_by' needs a key that can be ordered (a number, date \
      or text), but this is a review
        expect: reviews.sort_by(r, r) == null
                                   ^
      """
    ),
    (
      "dob ?? 3",
      """
      pack/rules/main.yaml:3:15: error: '??' needs a fallback of the same type: a date ?? an int
        expect: dob ?? 3
                    ^
      """
    ),
    (
      "held(reviews.first(), 2)",
      """
      pack/rules/main.yaml:3:11: error: 'held' takes 1 argument (r), got 2
        expect: held(reviews.first(), 2)
                ^
      """
    ),
    (
      "x ^ 2",
      """
      pack/rules/main.yaml:3:13: error: unexpected character '^'
        expect: x ^ 2
                  ^
      """
    ),
    (
      "20 working_dayz == null",
      """
      pack/rules/main.yaml:3:14: error: unexpected 'working_dayz' after a complete expression
        expect: 20 working_dayz == null
                   ^
      """
    ),
    (
      "reviews.count() ? 1 : 2",
      """
      pack/rules/main.yaml:3:31: error: invalid YAML: mapping values are not allowed in this \
      context; quote a value that contains ': ', such as an expression with '? :'
        expect: reviews.count() ? 1 : 2
                                    ^
      """
    ),
    (
      "reviews.first().participation",
      """
      pack/rules/main.yaml:3:11: error: 'expect' must be a bool, but this is a string
        expect: reviews.first().participation
                ^
      """
    ),
    (
      "dob - 3 months",
      """
      pack/rules/main.yaml:3:11: error: 'expect' must be a bool, but this is a date
        expect: dob - 3 months
                ^
      """
    ),
  ])
  func diagnostic(expression: String, expected: String) {
    #expect(Fixture.check(expression) == expected)
  }
}
