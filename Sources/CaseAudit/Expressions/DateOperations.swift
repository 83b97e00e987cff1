/// The evaluator's date arithmetic: a date moved by a duration and working days between dates,
/// as values. Whatever cannot be known (a date outside 0001 through 9999, working days outside
/// the calendar's years) is unknown, never a trap or a guess.
extension HolidayCalendar {
  /// `day + duration`, or `day - duration` when `backwards`.
  func value(of day: Day, moved duration: Duration, backwards: Bool, frame: inout Frame)
    -> Value
  {
    guard let step = backwards ? duration.negated : duration, let moved = add(step, to: day)
    else {
      if duration.unit == .workingDays { noteOutside(&frame) }
      return .null
    }
    return .date(moved)
  }

  /// `working_days_between(start, end)`.
  func workingDaysValue(from start: Day, to end: Day, frame: inout Frame) -> Value {
    guard let count = workingDaysBetween(start, end) else {
      noteOutside(&frame)
      return .null
    }
    return .int(count)
  }

  /// Records in the frame that working days were asked for outside the covered years (a
  /// weekends-only calendar covers every date, so only a date's own limits stopped it).
  private func noteOutside(_ frame: inout Frame) {
    if let coveredYears { frame.workingDaysOutside = coveredYears }
  }
}
