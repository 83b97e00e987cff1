/// Non-working days other than weekends (bank holidays), as a pack's calendar file lists them.
public struct HolidayCalendar: Sendable, Hashable {
  /// The holidays, as day numbers.
  public let holidays: Set<Int>
  /// The first and last years the file covers; working-day arithmetic outside them is a guess.
  public let coveredYears: ClosedRange<Int>?

  /// Creates a calendar from its holidays.
  public init(holidays: [Day], coveredYears: ClosedRange<Int>? = nil) {
    self.holidays = Set(holidays.map(\.number))
    self.coveredYears = coveredYears
  }

  /// A calendar of weekends only.
  public static let weekendsOnly = HolidayCalendar(holidays: [])

  /// Whether the day is neither a weekend day nor a holiday.
  public func isWorkingDay(_ day: Day) -> Bool {
    !day.isWeekend && !holidays.contains(day.number)
  }
}
