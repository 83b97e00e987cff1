import Foundation
import PropertyBased
import Testing

@testable import CaseAudit

/// The shipped calendar file's text.
private let calendarText =
  (try? String(
    contentsOfFile: Fixture.repositoryRoot + "/Rules/iro/calendars/england-and-wales.yaml",
    encoding: .utf8)) ?? ""

/// The shipped calendar, as the pack loader reads it.
private let shipped: HolidayCalendar = {
  let file = SourceFile(path: "england-and-wales.yaml", text: calendarText)
  var problems: [Diagnostic] = []
  return CalendarLoader.load(try? YAMLReader().read(file).get(), file: file, diagnostics: &problems)
}()

/// An independent model: the holidays are every date written on a line that is not a comment,
/// and the years covered are 1995–2030, as the file's header says.
private struct NaiveCalendar {
  let holidays: Set<Int>
  let years: ClosedRange<Int>

  static let englandAndWales = NaiveCalendar(
    holidays: Set(
      calendarText.split(separator: "\n").filter { !$0.hasPrefix("#") }.flatMap { line in
        line.split(whereSeparator: { !$0.isNumber && $0 != "-" }).compactMap { Day(iso: $0) }
      }.map(\.number)),
    years: 1995...2030)

  static let weekends = NaiveCalendar(holidays: [], years: 1...9999)

  func covers(_ number: Int) -> Bool {
    Day.supportedNumbers.contains(number) && years.contains(Day(number: number).components.year)
  }

  func isWorkingDay(_ number: Int) -> Bool {
    let weekday = ((number % 7 + 7) % 7 + 3) % 7  // 0 is Monday: 1970-01-01 was a Thursday
    return weekday < 5 && !holidays.contains(number)
  }

  /// Steps one day at a time, counting working days; nil once a step leaves the years.
  func adding(_ count: Int, to start: Int) -> Int? {
    guard covers(start) else { return nil }
    var current = start
    var remaining = abs(count)
    while remaining > 0 {
      current += count > 0 ? 1 : -1
      guard covers(current) else { return nil }
      if isWorkingDay(current) { remaining -= 1 }
    }
    return current
  }

  /// Working days after the earlier day up to the later, negative when `end` is earlier.
  func between(_ start: Int, _ end: Int) -> Int? {
    guard covers(start), covers(end) else { return nil }
    let days = (min(start, end) + 1)..<(max(start, end) + 1)
    let count = days.filter(isWorkingDay).count
    return end < start ? -count : count
  }
}

private func number(_ text: String) -> Int { Day(iso: text)!.number }

extension Int {
  fileprivate func clamped(to range: ClosedRange<Int>) -> Int {
    Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
  }
}

/// Working-day arithmetic (constant time, from an index) against a day-by-day count.
@Suite struct WorkingDayPropertyTests {
  @Test func theModelReadsTheSameHolidays() {
    #expect(NaiveCalendar.englandAndWales.holidays == shipped.holidays)
    #expect(NaiveCalendar.englandAndWales.holidays.count > 36 * 8)
  }

  @Test func addingWorkingDaysMatchesADayByDayCount() async {
    let model = NaiveCalendar.englandAndWales
    let dates = Gen.int(in: number("1990-01-01")...number("2035-12-31"))
    await propertyCheck(count: 500, input: dates, Gen.int(in: -1_500...1_500)) { start, count in
      let expected = model.adding(count, to: start)
      let actual = shipped.addingWorkingDays(count, to: Day(number: start))?.number
      #expect(actual == expected, "\(Day(number: start)) + \(count) working days")
    }
  }

  @Test func workingDaysBetweenMatchesADayByDayCount() async {
    let model = NaiveCalendar.englandAndWales
    let dates = Gen.int(in: number("1990-01-01")...number("2035-12-31"))
    await propertyCheck(count: 300, input: dates, Gen.int(in: -2_000...2_000)) { start, span in
      let end = start + span
      let expected = model.between(start, end)
      let actual = shipped.workingDaysBetween(Day(number: start), Day(number: end))
      #expect(actual == expected, "working_days_between(\(Day(number: start)), +\(span) days)")
    }
  }

  @Test func weekendsOnlyMatchesADayByDayCountOverEveryYear() async {
    let model = NaiveCalendar.weekends
    let dates = Gen.int(in: Day.supportedNumbers)
    await propertyCheck(count: 300, input: dates, Gen.int(in: -3_000...3_000)) { start, count in
      let calendar = HolidayCalendar.weekendsOnly
      #expect(
        calendar.addingWorkingDays(count, to: Day(number: start))?.number
          == model.adding(count, to: start))
      let end = (start + count).clamped(to: Day.supportedNumbers)
      #expect(
        calendar.workingDaysBetween(Day(number: start), Day(number: end))
          == model.between(start, end))
    }
  }

  @Test func nearTheEndsOfTheSupportedYearsWeekendsOnlyIsUnknownBeyond() async {
    let model = NaiveCalendar.weekends
    let last = Day.supportedNumbers.upperBound
    let first = Day.supportedNumbers.lowerBound
    let dates = Gen<Int>.oneOf(Gen.int(in: first...first + 40), Gen.int(in: last - 40...last))
    await propertyCheck(count: 200, input: dates, Gen.int(in: -60...60)) { start, count in
      #expect(
        HolidayCalendar.weekendsOnly.addingWorkingDays(count, to: Day(number: start))?.number
          == model.adding(count, to: start))
    }
  }
}
