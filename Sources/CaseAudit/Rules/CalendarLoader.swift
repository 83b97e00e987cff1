/// Reads a holiday calendar file: years mapped to lists of ISO dates.
enum CalendarLoader {
  /// Loads the calendar; every bad date or misplaced year is reported.
  static func load(_ root: YAMLNode?, file: SourceFile, diagnostics: inout [Diagnostic])
    -> HolidayCalendar
  {
    guard let root, let pairs = root.pairs else {
      diagnostics.append(
        file.error(
          "a calendar must map years to lists of dates", line: root?.line ?? 1,
          column: root?.column ?? 1))
      return .weekendsOnly
    }
    var days: [Day] = []
    var years: [Int] = []
    for (key, value) in pairs {
      guard let year = key.scalar.flatMap({ Int($0) }) else {
        diagnostics.append(file.error("'\(key.scalar ?? "")' is not a year", at: key))
        continue
      }
      years.append(year)
      for item in value.items ?? [] {
        guard let text = item.scalar, let day = Day(iso: text) else {
          diagnostics.append(
            file.error("'\(item.scalar ?? "")' is not a date (YYYY-MM-DD)", at: item))
          continue
        }
        if day.components.year != year {
          diagnostics.append(file.error("\(text) is listed under \(year)", at: item))
        }
        days.append(day)
      }
      if value.items == nil {
        diagnostics.append(file.error("the holidays of \(year) must be a list of dates", at: value))
      }
    }
    let covered = years.min().flatMap { low in years.max().map { low...$0 } }
    return HolidayCalendar(holidays: days, coveredYears: covered)
  }
}
