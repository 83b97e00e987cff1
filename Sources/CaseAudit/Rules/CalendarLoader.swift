/// Reads a holiday calendar file: years mapped to lists of ISO dates.
///
/// The years listed are the years the calendar covers, so they must run without a gap: a
/// missing year would otherwise be taken for a year without bank holidays.
enum CalendarLoader {
  /// Loads the calendar; every bad date, misplaced or missing year is reported.
  static func load(_ root: YAMLNode?, file: SourceFile, diagnostics: inout [Diagnostic])
    -> HolidayCalendar
  {
    guard let root, let pairs = root.pairs, !pairs.isEmpty else {
      diagnostics.append(
        file.error(
          "a calendar must map years to lists of dates", line: root?.line ?? 1,
          column: root?.column ?? 1))
      return .weekendsOnly
    }
    var days: [Day] = []
    var years: [Int: YAMLNode] = [:]
    for (key, value) in pairs {
      guard let year = key.scalar.flatMap({ Int($0) }), Day.supportedYears.contains(year) else {
        diagnostics.append(
          file.error("'\(key.scalar ?? "")' is not a year (0001 to 9999)", at: key))
        continue
      }
      years[year] = key
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
    guard let first = years.keys.min(), let last = years.keys.max() else { return .weekendsOnly }
    let missing = (first...last).filter { years[$0] == nil }
    if let gap = missing.first, let next = years.keys.filter({ $0 > gap }).min(),
      let node = years[next]
    {
      let list =
        missing.count > 5
        ? "\(missing.count) years" : missing.map(String.init).joined(separator: ", ")
      diagnostics.append(
        file.error(
          "the calendar lists \(first) to \(last) but not \(list); list every year"
            + " (an empty list for a year without holidays)", at: node))
      return .weekendsOnly  // the pack does not load; no need to index the years
    }
    return HolidayCalendar(holidays: days, coveredYears: first...last)
  }

  /// A warning when the calendar does not cover `today`'s year, so that working days this year
  /// would be unknown: a policy owner adds the year's bank holidays before they are needed.
  static func coverageWarning(
    _ calendar: HolidayCalendar, today: Day, file: SourceFile, at node: YAMLNode
  ) -> Diagnostic? {
    let year = today.components.year
    guard let years = calendar.coveredYears, !years.contains(year) else { return nil }
    return file.diagnostic(
      .warning,
      "the calendar covers \(calendar.coveredYearsText), not this year (\(year)): working days"
        + " in \(year) are unknown until its bank holidays are added", line: node.line,
      column: node.column)
  }
}
