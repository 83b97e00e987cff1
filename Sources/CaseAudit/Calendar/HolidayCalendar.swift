/// Non-working days other than weekends (bank holidays), as a pack's calendar file lists them.
///
/// A calendar knows the working days of the years its file covers and of no others: working-day
/// arithmetic that reaches outside them is unknown (nil), never a guess that the missing years
/// had no bank holidays. A calendar of weekends only covers every year.
public struct HolidayCalendar: Sendable, Hashable {
  /// The holidays, as day numbers.
  public let holidays: Set<Int>
  /// The first and last years the file covers; nil for weekends only, which covers every year.
  public let coveredYears: ClosedRange<Int>?
  /// The working days of the covered span, numbered in order.
  let index: WorkingDayIndex

  /// Creates a calendar of the holidays of `coveredYears` (every year of which is known, so a
  /// year without holidays has only weekends off).
  public init(holidays: [Day], coveredYears: ClosedRange<Int>) {
    let numbers = Set(holidays.map(\.number))
    let years = coveredYears.clamped(to: Day.supportedYears)
    let first = Day(year: years.lowerBound, month: 1, day: 1)?.number ?? 0
    let last = Day(year: years.upperBound, month: 12, day: 31)?.number ?? -1
    self.holidays = numbers
    self.coveredYears = years
    index = WorkingDayIndex(span: first...max(first, last)) { number in
      !Day(number: number).isWeekend && !numbers.contains(number)
    }
  }

  private init() {
    holidays = []
    coveredYears = nil
    index = .weekdays
  }

  /// A calendar of weekends only.
  public static let weekendsOnly = HolidayCalendar()

  /// The covered years as text, `1995–2030` (or `0001–9999` for weekends only).
  public var coveredYearsText: String { HolidayCalendar.text(ofYears: coveredYears ?? 1...9999) }

  /// Years as text: `1995–2030`, or `2021` for one year.
  public static func text(ofYears years: ClosedRange<Int>) -> String {
    let (first, last) = (fourDigits(years.lowerBound), fourDigits(years.upperBound))
    return first == last ? first : "\(first)–\(last)"
  }

  private static func fourDigits(_ year: Int) -> String {
    let digits = String(year)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// Whether the calendar knows whether this day is a working day.
  public func covers(_ day: Day) -> Bool { index.span.contains(day.number) }

  /// Whether the day is neither a weekend day nor a holiday.
  public func isWorkingDay(_ day: Day) -> Bool {
    !day.isWeekend && !holidays.contains(day.number)
  }

  /// The `count`-th working day after `day` (before it when negative); 0 gives the day itself.
  /// Nil when `day` or the answer lies outside the covered years.
  public func addingWorkingDays(_ count: Int, to day: Day) -> Day? {
    guard covers(day) else { return nil }
    guard count != 0 else { return day }
    // Forwards, the answer is working day (ordinal through `day`) + count; backwards, the
    // count-th working day before `day` is (ordinal through the day before) + 1 + count.
    let base =
      count > 0
      ? index.ordinal(through: day.number) : index.ordinal(through: day.number - 1) + 1
    let (target, overflow) = base.addingReportingOverflow(count)
    guard !overflow, let number = index.day(ofOrdinal: target) else { return nil }
    return Day(number: number)
  }

  /// Working days after `start` up to and including `end`; negative when `end` is earlier.
  /// Nil when either day lies outside the covered years.
  public func workingDaysBetween(_ start: Day, _ end: Day) -> Int? {
    guard covers(start), covers(end) else { return nil }
    return index.ordinal(through: end.number) - index.ordinal(through: start.number)
  }

  /// Calendars are equal when their holidays and years are; the index follows from them.
  public static func == (lhs: HolidayCalendar, rhs: HolidayCalendar) -> Bool {
    lhs.holidays == rhs.holidays && lhs.coveredYears == rhs.coveredYears
  }

  /// Hashes what equality compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(holidays)
    hasher.combine(coveredYears)
  }
}
