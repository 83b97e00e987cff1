import Foundation
import Testing
import Yams

@testable import CaseAudit

private let englandAndWales = Fixture.englandAndWales

private func day(_ text: String) -> Day { Day(iso: text)! }

@Suite struct CalendarTests {
  @Test(arguments: [
    ("2025-12-15", 20, "2026-01-15"),
    ("2023-04-03", 20, "2023-05-04"),
    ("2021-04-06", 20, "2021-05-05"),
    ("2021-12-22", 5, "2021-12-31"),
    ("2021-07-20", -20, "2021-06-22"),
    ("2021-06-04", 0, "2021-06-04"),
  ])
  func workingDaysCountFromTheDayAfter(start: String, count: Int, expected: String) {
    #expect(englandAndWales.addingWorkingDays(count, to: day(start))?.description == expected)
  }

  @Test(arguments: ["2020-05-04", "2022-05-30", "2021-06-01"])
  func workingDays(date: String) {
    #expect(englandAndWales.isWorkingDay(day(date)))
  }

  @Test(arguments: ["2022-06-02", "2022-06-03", "2022-09-19", "2021-06-05", "2021-06-06"])
  func nonWorkingDays(date: String) {
    #expect(!englandAndWales.isWorkingDay(day(date)))
  }

  @Test(arguments: [
    ("2021-08-31", 6, "2022-02-28"),
    ("2024-01-31", 1, "2024-02-29"),
    ("2023-01-31", 1, "2023-02-28"),
    ("2021-05-31", 3, "2021-08-31"),
    ("2021-03-31", -1, "2021-02-28"),
    ("2020-02-29", 12, "2021-02-28"),
    ("2021-12-15", 1, "2022-01-15"),
  ])
  func monthsClampToTheMonthsEnd(start: String, months: Int, expected: String) {
    #expect(day(start).adding(months: months)?.description == expected)
  }

  @Test func workingDaysBetweenCountsAfterStartUpToEnd() {
    let calendar = englandAndWales
    #expect(calendar.workingDaysBetween(day("2025-12-15"), day("2026-01-15")) == 20)
    #expect(calendar.workingDaysBetween(day("2026-01-15"), day("2025-12-15")) == -20)
    #expect(calendar.workingDaysBetween(day("2021-06-04"), day("2021-06-04")) == 0)
    #expect(calendar.workingDaysBetween(day("2021-06-04"), day("2021-06-07")) == 1)
  }

  @Test func ageOnBirthdays() {
    #expect(day("2021-05-05").age(bornOn: day("2017-05-05")) == 4)
    #expect(day("2021-05-04").age(bornOn: day("2017-05-05")) == 3)
    #expect(day("2021-02-28").age(bornOn: day("2016-02-29")) == 4)
    #expect(day("2021-03-01").age(bornOn: day("2016-02-29")) == 5)
  }

  @Test func dayNumbersRoundTripAcrossCenturies() {
    for number in stride(from: -719_162, through: 2_932_896, by: 997) {
      let original = Day(number: number)
      let (y, m, d) = original.components
      #expect(Day(year: y, month: m, day: d) == original)
    }
    #expect(Day(number: 0).description == "1970-01-01")
    #expect(day("2021-06-07").weekday == 1)
    #expect(day("2021-06-06").weekday == 7)
  }

  @Test(arguments: [
    "2021-02-29", "2021-13-01", "2021-1-01", "21-01-01", "2021/01/01", "2021-00-10",
  ])
  func strictIsoDates(text: String) {
    #expect(Day(iso: text) == nil)
  }

  @Test func financialYearAndMonth() {
    #expect(day("2022-03-31").financialYear == "2021-22")
    #expect(day("2022-04-01").financialYear == "2022-23")
    #expect(day("1999-04-01").financialYear == "1999-00")
    #expect(day("2022-03-31").monthText == "2022-03")
  }

  @Test func calendarFileCoversItsYears() {
    #expect(englandAndWales.coveredYears == 1995...2030)
    #expect(englandAndWales.holidays.count >= 36 * 8)
  }
}
