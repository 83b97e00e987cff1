/// A date moved by a duration in an expression, where no count can overflow or trap: a count so
/// large that every date of the years 0001 to 9999 would leave them gives unknown.
enum DateShift {
  /// The most days two dates of the years 0001 to 9999 lie apart.
  static let daySpan =
    Day.dayNumber(year: 9999, month: 12, day: 31) - Day.dayNumber(year: 1, month: 1, day: 1)

  /// The largest count of a unit that can keep some date within the years 0001 to 9999 (a
  /// working day is at least a day, so the day span bounds working days too).
  static func largestCount(of unit: DurationUnit) -> Int {
    switch unit {
    case .days, .workingDays: return daySpan
    case .weeks: return daySpan / 7
    case .months: return 9998 * 12 + 11
    case .years: return 9998
    }
  }

  /// Whether the duration takes every date of the years 0001 to 9999 outside them.
  static func leavesTheYears(_ duration: Duration) -> Bool {
    duration.count.magnitude > UInt(largestCount(of: duration.unit))
  }

  /// The message for a constant duration that takes every date outside the years 0001 to 9999.
  static func outsideTheYears(_ duration: Duration, backwards: Bool) -> String {
    (backwards ? "subtracting \(duration) from a date" : "adding \(duration) to a date")
      + " leaves the years 0001 to 9999"
  }
}
