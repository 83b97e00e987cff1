import Testing

@testable import CaseAudit

/// The period the service report's headline compares with: a year earlier, ends kept at the
/// month's end across 29 February, and never overlapping a period longer than a year.
@Suite struct YearBeforeTests {
  private func context(_ start: String, _ end: String, asAt: String?) -> AuditContext {
    AuditContext(
      asAt: asAt.flatMap { Day(iso: $0) }, periodStart: Day(iso: start), periodEnd: Day(iso: end))
  }

  private func text(_ context: AuditContext?) -> String {
    guard let context else { return "none" }
    let start = context.periodStart?.description ?? "open"
    let end = context.periodEnd?.description ?? "open"
    return "\(start)..\(end) as at \(context.asAt?.description ?? "none")"
  }

  @Test func aFinancialYearIsComparedWithTheOneBefore() {
    #expect(
      text(Census.yearBefore(context("2021-04-01", "2022-03-31", asAt: "2022-03-31")))
        == "2020-04-01..2021-03-31 as at 2021-03-31")
  }

  /// The year to 28 February 2021 follows the year to 29 February 2020: an escalation raised
  /// on 29 February 2020 was in neither before.
  @Test func aYearEndingInFebruaryKeepsTheLeapDay() {
    #expect(
      text(Census.yearBefore(context("2020-03-01", "2021-02-28", asAt: "2021-02-28")))
        == "2019-03-01..2020-02-29 as at 2020-02-29")
    #expect(
      text(Census.yearBefore(context("2020-03-01", "2021-02-28", asAt: nil)))
        == "2019-03-01..2020-02-29 as at none")
    #expect(
      text(Census.yearBefore(context("2019-03-01", "2020-02-29", asAt: "2020-02-29")))
        == "2018-03-01..2019-02-28 as at 2019-02-28")
  }

  @Test func aQuarterIsComparedWithTheSameQuarterAYearEarlier() {
    #expect(
      text(Census.yearBefore(context("2021-10-01", "2021-12-31", asAt: "2022-01-15")))
        == "2020-10-01..2020-12-31 as at 2021-01-15")
  }

  /// A two-year period a year earlier would share a year with itself, counted in both columns.
  @Test func aPeriodLongerThanAYearMovesBackWholeYearsUntilTheyDoNotOverlap() {
    #expect(
      text(Census.yearBefore(context("2020-04-01", "2022-03-31", asAt: "2022-03-31")))
        == "2018-04-01..2020-03-31 as at 2020-03-31")
    #expect(
      text(Census.yearBefore(context("2020-04-01", "2021-04-01", asAt: "2021-04-01")))
        == "2018-04-01..2019-04-01 as at 2019-04-01")
  }

  @Test func aDateBeforeTheSupportedYearsHasNoYearBefore() {
    #expect(text(Census.yearBefore(context("0001-04-01", "0002-03-31", asAt: nil))) == "none")
  }
}
