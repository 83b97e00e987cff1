/// Date steps for the generator, which never fail.
///
/// The generator's dates lie within a few decades of its year, far from 0001 and 9999, so a day
/// or month step that failed would be a bug in the generator, not bad input.
extension Day {
  /// The day `count` days later (earlier when negative).
  func shifted(days count: Int) -> Day {
    guard let day = adding(days: count) else { preconditionFailure("\(self) + \(count) days") }
    return day
  }

  /// The day `count` months later, clamped to the month's end.
  func shifted(months count: Int) -> Day {
    guard let day = adding(months: count) else { preconditionFailure("\(self) + \(count) months") }
    return day
  }
}

extension HolidayCalendar {
  /// The `count`-th working day after `day`; where the pack's calendar does not cover the
  /// generated years, weekends alone are skipped (synthetic records need a plausible day, and
  /// scoring them still treats those years as unknown).
  func addingWorkingDaysForSynthesis(_ count: Int, to day: Day) -> Day {
    if let known = addingWorkingDays(count, to: day) { return known }
    guard let guess = HolidayCalendar.weekendsOnly.addingWorkingDays(count, to: day) else {
      preconditionFailure("\(day) + \(count) working days")
    }
    return guess
  }
}
