/// A unit of time in rule expressions: `20 working_days`, `3 months`.
public enum DurationUnit: String, Sendable, Hashable, CaseIterable {
  case workingDays = "working_days"
  case days, weeks, months, years

  /// Reads a unit word, singular or plural (`working_day`, `month`, `years`).
  public init?(word: String) {
    switch word {
    case "working_day", "working_days": self = .workingDays
    case "day", "days": self = .days
    case "week", "weeks": self = .weeks
    case "month", "months": self = .months
    case "year", "years": self = .years
    default: return nil
    }
  }
}

/// An amount of time: a count and its unit.
public struct Duration: Sendable, Hashable, CustomStringConvertible {
  /// How many units; negative moves backwards.
  public var count: Int
  /// The unit.
  public var unit: DurationUnit

  /// Creates a duration.
  public init(_ count: Int, _ unit: DurationUnit) {
    self.count = count
    self.unit = unit
  }

  /// `20 working_days`.
  public var description: String { "\(count) \(unit.rawValue)" }
}

extension Day {
  /// The day `months` calendar months later, clamped to the month's last day
  /// (31 Jan + 1 month = 28/29 Feb).
  public func adding(months: Int) -> Day {
    let (year, month, day) = components
    let total = year * 12 + (month - 1) + months
    let newYear = total >= 0 ? total / 12 : (total - 11) / 12
    let newMonth = total - newYear * 12 + 1
    let clamped = min(day, Day.daysIn(month: newMonth, year: newYear))
    return Day(number: Day.dayNumber(year: newYear, month: newMonth, day: clamped))
  }

  /// Whole years from `dob` to this day: the age in years on this day.
  public func age(bornOn dob: Day) -> Int {
    let (y, m, d) = components
    let (by, bm, bd) = dob.components
    var age = y - by
    if (m, d) < (bm, bd) { age -= 1 }
    return age
  }

  /// The month as `YYYY-MM`.
  public var monthText: String { String(description.prefix(7)) }

  /// The English financial year (April to March) as `2021-22`.
  public var financialYear: String {
    let (y, m, _) = components
    let start = m >= 4 ? y : y - 1
    let end = (start + 1) % 100
    return "\(start)-\(end < 10 ? "0" : "")\(end)"
  }
}

extension HolidayCalendar {
  /// The day a duration after (or, when negative, before) `day`.
  ///
  /// Working days count from the day after: `+ 20 working_days` is the 20th working day after.
  public func add(_ duration: Duration, to day: Day) -> Day {
    switch duration.unit {
    case .days: return day.adding(days: duration.count)
    case .weeks: return day.adding(days: duration.count * 7)
    case .months: return day.adding(months: duration.count)
    case .years: return day.adding(months: duration.count * 12)
    case .workingDays: return addingWorkingDays(duration.count, to: day)
    }
  }

  /// The `count`-th working day after `day` (before it when negative); 0 gives the day itself.
  public func addingWorkingDays(_ count: Int, to day: Day) -> Day {
    var current = day
    var remaining = abs(count)
    let step = count >= 0 ? 1 : -1
    while remaining > 0 {
      current = current.adding(days: step)
      if isWorkingDay(current) { remaining -= 1 }
    }
    return current
  }

  /// Working days after `start` up to and including `end`; negative when `end` is earlier.
  public func workingDaysBetween(_ start: Day, _ end: Day) -> Int {
    if end < start { return -workingDaysBetween(end, start) }
    var count = 0
    var current = start
    while current < end {
      current = current.adding(days: 1)
      if isWorkingDay(current) { count += 1 }
    }
    return count
  }
}
