import Testing

@testable import CaseAudit

private let history = """
  child: {child_id: C1, dob: 2012-05-05, name: Sam}
  periods:
    - {period_id: P1, start: 2021-04-06}
    - {period_id: P0, start: 2019-01-07, end: 2019-06-01}
  reviews:
    - {review_id: R3, period_id: P1, held_on: 2021-10-20, chair_id: I1}
    - {review_id: R1, period_id: P1, held_on: 2021-04-28, chair_id: I1, participation: PN1}
    - {review_id: R2, period_id: P1, held_on: 2021-07-20, participation: PN7, score: 4}
    - {review_id: R0, period_id: P0, held_on: 2019-02-01, cancelled: true}
  professionals: [{professional_id: I1, name: Ada Brown}]
  """

private func day(_ text: String) -> Value { .date(Day(iso: text)!) }

private func ids(_ value: Value) -> [String] {
  value.items.compactMap { if case .string(let id) = $0 { id } else { nil } }
}

@Suite struct EvaluationTests {
  @Test(arguments: [
    ("periods.map(p, p.period_id)", ["P0", "P1"]),
    ("reviews.map(r, r.review_id)", ["R0", "R1", "R2", "R3"]),
    ("periods.first().reviews.map(r, r.review_id)", ["R0"]),
    ("reviews.sort_by(r, r.review_id).map(r, r.review_id)", ["R0", "R1", "R2", "R3"]),
    ("reviews.sort_by(r, r.score).map(r, r.review_id)", ["R2", "R0", "R1", "R3"]),
    ("reviews.filter(r, held(r)).map(r, r.review_id)", ["R1", "R2", "R3"]),
    ("periods.flat_map(p, p.reviews).map(r, r.review_id)", ["R0", "R1", "R2", "R3"]),
  ])
  func listsAreInRecordOrder(expression: String, expected: [String]) throws {
    #expect(ids(try Fixture.evaluate(expression, case: history)) == expected)
  }

  @Test(arguments: [
    ("reviews.nth(2).review_id", Value.string("R1")),
    ("reviews.last().review_id", .string("R3")),
    ("reviews.max(r, r.held_on).review_id", .string("R3")),
    ("reviews.previous(reviews.nth(3)).review_id", .string("R1")),
    ("reviews.next(reviews.nth(3)).review_id", .string("R3")),
    ("reviews.next(reviews.last())", .null),
    ("reviews.pairs().count()", .int(3)),
    ("reviews.pairs().last().before.review_id", .string("R2")),
    ("reviews.pairs().last().after.review_id", .string("R3")),
    ("reviews.last().chair.name", .string("Ada Brown")),
    ("reviews.last().period.start", day("2021-04-06")),
    ("child.name", .string("Sam")),
    ("name.starts_with('Sa') and name.ends_with('am') and name.contains('a')", .bool(true)),
    ("lower(name)", .string("sam")),
    ("age_on(dob, 2021-05-04)", .int(8)),
    ("age_on(dob, 2021-05-05)", .int(9)),
    ("days_between(2021-04-06, 2021-05-05)", .int(29)),
    ("working_days_between(2021-04-06, 2021-05-05)", .int(20)),
    ("2021-04-06 + 20 working_days", day("2021-05-05")),
    ("2021-04-06 + (params.window) working_days", day("2021-05-05")),
    ("2021-04-06 + working_days(params.window)", day("2021-05-05")),
    ("2021-08-31 + 6 months", day("2022-02-28")),
    ("2021-08-31 - 1 month", day("2021-07-31")),
    ("2024-02-29 + 1 year", day("2025-02-28")),
    ("2021-04-06 + 2 weeks", day("2021-04-20")),
    ("2021-04-06 + days(10)", day("2021-04-16")),
    ("month(2021-04-06) + ' ' + financial_year(2021-04-06)", .string("2021-04 2021-22")),
    ("year(2021-04-06)", .int(2021)),
    ("7 / 2", .decimal(3.5)),
    ("7 / 0", .null),
    ("1 + 2 * 3 - 4", .int(3)),
    ("0.5 + 1", .decimal(1.5)),
    ("'PN1' in ['PN1', 'PN2'] and 'PN3' not in ['PN1']", .bool(true)),
    ("reviews.last().score ?? -1", .int(-1)),
    ("true ? 'a' : 'b'", .string("a")),
    ("reviews.is_empty()", .bool(false)),
  ])
  func values(expression: String, expected: Value) throws {
    #expect(try Fixture.evaluate(expression, case: history) == expected)
  }

  @Test func periodMembershipIsInclusiveAndOpenWhenUnbounded() throws {
    let quarter = Value.range(Day(iso: "2021-07-01"), Day(iso: "2021-09-30"))
    #expect(try Fixture.evaluate("2021-09-30 in audit.period", period: quarter) == .bool(true))
    #expect(try Fixture.evaluate("2021-10-01 in audit.period", period: quarter) == .bool(false))
    #expect(try Fixture.evaluate("2021-07-01 in audit.period", period: quarter) == .bool(true))
    #expect(try Fixture.evaluate("1900-01-01 in audit.period") == .bool(true))
    #expect(try Fixture.evaluate("audit.period.start") == .null)
    #expect(try Fixture.evaluate("audit.period.end", period: quarter) == day("2021-09-30"))
    #expect(try Fixture.evaluate("audit.as_at", asAt: "2022-03-31") == day("2022-03-31"))
  }
}
