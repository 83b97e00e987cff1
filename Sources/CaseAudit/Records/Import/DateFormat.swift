import Foundation

/// The date formats exports use, as a mapping file names them.
public enum DateFormat: String, Sendable, CaseIterable {
  /// `2021-05-05`.
  case iso = "ISO"
  /// `05/05/2021`.
  case dayMonthYear = "DD/MM/YYYY"
  /// SQL Server's datetime text: `2021-05-05 00:00:00.000` (the day is taken; a time of day
  /// other than midnight is still that day).
  case sqlServer = "SQL_SERVER"

  /// Parses text in this format.
  public func parse(_ text: String) -> Day? {
    switch self {
    case .iso: return Day(iso: text)
    case .dayMonthYear:
      let parts = text.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
        let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
      else { return nil }
      return Day(year: year, month: month, day: day)
    case .sqlServer:
      let datePart = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
      let timePart = text.dropFirst(datePart.count).trimmingCharacters(in: .whitespaces)
      let timeIsValid =
        timePart.isEmpty
        || timePart.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." }
      return timeIsValid ? Day(iso: datePart) : nil
    }
  }
}
