import Foundation
import Testing

@testable import CaseAudit

private let englandAndWales = Fixture.englandAndWales

private func day(_ text: String) -> Day { Day(iso: text)! }

/// Working days are known only within the calendar's years; whatever reaches outside them, or
/// outside 0001–9999, is unknown at once, however large the count.
@Suite struct CalendarYearsTests {
  @Test(
    arguments: [
      ("1921-04-06", 5, nil),
      ("2030-12-20", 5, "2030-12-31"),
      ("2030-12-20", 6, nil),
      ("1995-01-04", -1, "1995-01-03"),
      ("1995-01-04", -2, nil),
      ("1994-12-31", 0, nil),
      ("2031-01-01", -1, nil),
      ("2013-08-21", 5, "2013-08-29"),
    ] as [(String, Int, String?)])
  func addingWorkingDaysOutsideTheYearsIsUnknown(start: String, count: Int, expected: String?) {
    #expect(englandAndWales.addingWorkingDays(count, to: day(start))?.description == expected)
  }

  @Test func workingDaysBetweenNeedsBothDatesInTheYears() {
    #expect(englandAndWales.workingDaysBetween(day("1995-01-01"), day("1995-01-10")) == 6)
    #expect(englandAndWales.workingDaysBetween(day("1994-12-31"), day("1995-01-10")) == nil)
    #expect(englandAndWales.workingDaysBetween(day("2030-12-31"), day("2031-01-02")) == nil)
    #expect(englandAndWales.workingDaysBetween(day("1921-04-06"), day("2021-04-06")) == nil)
  }

  @Test(arguments: [100_000_000_000, 99_999_999_999_999, Int.max, Int.min, -100_000_000_000])
  func hugeWorkingDayCountsAreUnknown(count: Int) {
    #expect(englandAndWales.addingWorkingDays(count, to: day("2021-04-06")) == nil)
    #expect(HolidayCalendar.weekendsOnly.addingWorkingDays(count, to: day("2021-04-06")) == nil)
  }

  @Test func theWholeSupportedSpanIsCountedAtOnce() {
    #expect(englandAndWales.workingDaysBetween(day("0001-01-01"), day("9999-12-31")) == nil)
    // Weekdays after 0001-01-01 up to 9999-12-31, counted one by one by Python's datetime.
    let weekends = HolidayCalendar.weekendsOnly
    #expect(weekends.workingDaysBetween(day("0001-01-01"), day("9999-12-31")) == 2_608_614)
    #expect(weekends.workingDaysBetween(day("9999-12-31"), day("0001-01-01")) == -2_608_614)
    // 2021-01-01 is a Friday: 2,000,000 weekdays are 400,000 whole weeks later.
    #expect(weekends.addingWorkingDays(2_000_000, to: day("2021-01-01")) == day("9687-02-21"))
    #expect(weekends.addingWorkingDays(-2_000_000, to: day("9687-02-21")) == day("2021-01-01"))
  }

  @Test func coveredYearsText() {
    #expect(englandAndWales.coveredYearsText == "1995–2030")
    #expect(HolidayCalendar.weekendsOnly.coveredYearsText == "0001–9999")
    #expect(HolidayCalendar(holidays: [], coveredYears: 2021...2021).coveredYearsText == "2021")
  }

  @Test func datesOutsideTheSupportedYearsAreNotDays() {
    #expect(Day(iso: "0000-12-31") == nil)
    #expect(Day(year: 10_000, month: 1, day: 1) == nil)
    #expect(Day(year: -5, month: 1, day: 1) == nil)
    #expect(Day(iso: "0001-01-01")?.number == Day.supportedNumbers.lowerBound)
    #expect(Day(iso: "9999-12-31")?.number == Day.supportedNumbers.upperBound)
    #expect(DateFormat.dayMonthYear.parse("31/12/0000") == nil)
    #expect(Day(checkedNumber: Day.supportedNumbers.upperBound + 1) == nil)
    #expect(Day(utc: Date(timeIntervalSince1970: 1e300)) == nil)
    #expect(Day(utc: Date(timeIntervalSince1970: 86_400 * 365)) == day("1971-01-01"))
  }

  @Test(arguments: [
    ("9999-12-31", 1), ("0001-01-01", -1), ("2021-04-06", Int.max), ("2021-04-06", Int.min),
    ("2021-04-06", 3_000_000), ("2021-04-06", -1_000_000),
  ])
  func addingDaysNeverLeavesTheSupportedYears(start: String, count: Int) {
    #expect(day(start).adding(days: count) == nil)
  }

  @Test(arguments: [
    ("9999-12-15", 1), ("0001-01-31", -1), ("2021-04-06", Int.max), ("2021-04-06", Int.min),
    ("2021-04-06", -2021 * 12), ("2021-04-06", 8000 * 12),
  ])
  func addingMonthsNeverLeavesTheSupportedYears(start: String, count: Int) {
    #expect(day(start).adding(months: count) == nil)
  }

  @Test func addingMonthsReachesTheLimitsExactly() {
    #expect(day("9999-11-30").adding(months: 1) == day("9999-12-30"))
    #expect(day("0001-02-28").adding(months: -1) == day("0001-01-28"))
    #expect(day("2021-04-06").adding(months: -2020 * 12) == day("0001-04-06"))
  }

  @Test(arguments: [
    Duration(.max, .weeks), Duration(.min, .weeks), Duration(.max, .years),
    Duration(.min, .years), Duration(.max, .days), Duration(.min, .months),
  ])
  func addingHugeDurationsIsUnknown(duration: Duration) {
    #expect(englandAndWales.add(duration, to: day("2021-04-06")) == nil)
  }

  @Test func aTimelineEndingOnTheFirstDayIsDrawn() throws {
    let schema = try Fixture.loadedSchema()
    let text = "{periods: [{period_id: P1, start: 0001-01-01}]}"
    let file = SourceFile(path: "case.yaml", text: text)
    var problems: [Diagnostic] = []
    let root = try #require(try YAMLReader().read(file).get())
    let built = try #require(
      ExampleRecords(file: file, schema: schema).build(root, diagnostics: &problems))
    let svg = TimelineSVG.render(built.data, caseRow: 0, end: .earliest)
    #expect(svg.contains("aria-label=\"Timeline from 0001-01-01 to 0001-01-01\""))
    #expect(!svg.contains("nan") && !svg.contains("inf"))
  }

  @Test func negatingTheSmallestCountIsUnknown() {
    #expect(Duration(.min, .days).negated == nil)
    #expect(Duration(5, .weeks).negated == Duration(-5, .weeks))
  }
}
