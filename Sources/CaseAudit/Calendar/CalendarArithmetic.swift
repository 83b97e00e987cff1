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

  /// The same duration backwards; nil for the one count whose negation overflows.
  public var negated: Duration? {
    let (count, overflow) = 0.subtractingReportingOverflow(count)
    return overflow ? nil : Duration(count, unit)
  }
}

extension Day {
  /// The day `months` calendar months later, clamped to the month's last day
  /// (31 Jan + 1 month = 28/29 Feb); nil when it would fall outside 0001 through 9999.
  public func adding(months: Int) -> Day? {
    let (year, month, day) = components
    // Months since the start of year 0; a supported year keeps this small, so only adding the
    // user's count can overflow.
    let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
    guard !overflow, total >= 0 else { return nil }
    let (newYear, newMonth) = (total / 12, total % 12 + 1)
    let clamped = min(day, Day.daysIn(month: newMonth, year: newYear))
    return Day(year: newYear, month: newMonth, day: clamped)
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
  /// The day a duration after (or, when negative, before) `day`; nil when the answer is
  /// unknown: outside 0001 through 9999, or working days outside the covered years.
  ///
  /// Working days count from the day after: `+ 20 working_days` is the 20th working day after.
  public func add(_ duration: Duration, to day: Day) -> Day? {
    switch duration.unit {
    case .days: return day.adding(days: duration.count)
    case .weeks: return scaled(duration.count, by: 7).flatMap { day.adding(days: $0) }
    case .months: return day.adding(months: duration.count)
    case .years: return scaled(duration.count, by: 12).flatMap { day.adding(months: $0) }
    case .workingDays: return addingWorkingDays(duration.count, to: day)
    }
  }

  /// `count * factor`; nil on overflow, which no supported date could reach anyway.
  private func scaled(_ count: Int, by factor: Int) -> Int? {
    let (product, overflow) = count.multipliedReportingOverflow(by: factor)
    return overflow ? nil : product
  }
}
