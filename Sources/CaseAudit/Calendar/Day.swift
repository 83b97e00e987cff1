import Foundation

/// A calendar date with no time and no time zone, held as a day number (1970-01-01 is 0).
///
/// Case records carry dates only; a time zone would move a review across midnight and a deadline
/// with it, so none is ever involved. Dates run from 0001-01-01 to 9999-12-31, the years a
/// four-digit date can name: parsing and arithmetic give nil rather than a day outside them.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public let number: Int

  /// The years a day may fall in.
  public static let supportedYears = 1...9999

  /// The day numbers of 0001-01-01 through 9999-12-31.
  public static let supportedNumbers =
    dayNumber(year: 1, month: 1, day: 1)...dayNumber(year: 9999, month: 12, day: 31)

  /// 0001-01-01, the earliest day.
  public static let earliest = Day(number: supportedNumbers.lowerBound)

  /// Creates a day from its day number, which must lie in `supportedNumbers` (a number read
  /// back from a day, or drawn between two days).
  public init(number: Int) { self.number = number }

  /// Creates a day from a day number; nil outside 0001-01-01 through 9999-12-31.
  public init?(checkedNumber number: Int) {
    guard Day.supportedNumbers.contains(number) else { return nil }
    self.number = number
  }

  /// The day a moment falls on in UTC (`Date()` gives today); nil outside 0001 through 9999.
  public init?(utc date: Date) {
    let days = (date.timeIntervalSince1970 / 86_400).rounded(.down)
    guard days.isFinite, let number = Int(exactly: days) else { return nil }
    self.init(checkedNumber: number)
  }

  /// Creates a day from a valid year, month and day of month; nil when the date does not exist
  /// or its year is outside 0001 through 9999.
  public init?(year: Int, month: Int, day: Int) {
    guard Day.supportedYears.contains(year), (1...12).contains(month), day >= 1,
      day <= Day.daysIn(month: month, year: year)
    else { return nil }
    number = Day.dayNumber(year: year, month: month, day: day)
  }

  /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day, a real date).
  public init?(iso text: some StringProtocol) {
    let utf8 = text.utf8
    guard utf8.count == 10 else { return nil }
    var parts = (0, 0, 0)
    for (index, byte) in utf8.enumerated() {
      if index == 4 || index == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard byte >= 48, byte <= 57 else { return nil }
      let digit = Int(byte - 48)
      switch index {
      case 0..<4: parts.0 = parts.0 * 10 + digit
      case 5..<7: parts.1 = parts.1 * 10 + digit
      default: parts.2 = parts.2 * 10 + digit
      }
    }
    self.init(year: parts.0, month: parts.1, day: parts.2)
  }

  /// The year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = number + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Day of the week, 1 = Monday ... 7 = Sunday (ISO 8601).
  public var weekday: Int { ((number % 7 + 7) % 7 + 3) % 7 + 1 }

  /// Whether the day is a Saturday or Sunday.
  public var isWeekend: Bool { weekday >= 6 }

  /// `YYYY-MM-DD`.
  public var description: String {
    // Written digit by digit: every date of a census's evidence is rendered, and interpolation
    // builds several strings for each. Years run from 0001 to 9999, always four digits.
    let (y, m, d) = components
    guard Day.supportedYears.contains(y) else {
      var year = String(y)
      while year.count < 4 { year = "0" + year }
      return "\(year)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
    return String(unsafeUninitializedCapacity: 10) { bytes in
      func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value) }
      (bytes[0], bytes[1], bytes[2], bytes[3]) =
        (digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10))
      (bytes[4], bytes[5], bytes[6]) = (UInt8(ascii: "-"), digit(m / 10), digit(m % 10))
      (bytes[7], bytes[8], bytes[9]) = (UInt8(ascii: "-"), digit(d / 10), digit(d % 10))
      return 10
    }
  }

  /// The day `count` days later (earlier when negative); nil when that day would fall outside
  /// 0001 through 9999, however large the count.
  public func adding(days count: Int) -> Day? {
    let (sum, overflow) = number.addingReportingOverflow(count)
    return overflow ? nil : Day(checkedNumber: sum)
  }

  /// Orders days in time.
  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

  /// Number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Whether a year of the Gregorian calendar is a leap year.
  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// Howard Hinnant's days_from_civil.
  static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
