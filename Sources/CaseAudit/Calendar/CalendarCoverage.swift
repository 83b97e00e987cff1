extension ImportResult {
  /// Adds one warning per date field holding dates outside the calendar's years, with their
  /// count: working days from those dates are unknown, so rules timed from them will give
  /// insufficient evidence, and a user should know before scoring (a mistyped 1921 for 2021,
  /// or an export older than the calendar).
  public mutating func warnAboutDatesOutside(_ calendar: HolidayCalendar) {
    guard calendar.coveredYears != nil else { return }
    let schema = dataset.schema
    for (typeIndex, type) in schema.types.enumerated() {
      for (fieldIndex, field) in type.fields.enumerated() where field.type.base == .date {
        guard case .dates(let cells) = dataset.tables[typeIndex].columns[fieldIndex].storage
        else { continue }
        let outside = cells.count { cell in
          cell != Int32.min && !calendar.covers(Day(number: Int(cell)))
        }
        guard outside > 0 else { continue }
        diagnostics.append(
          Diagnostic(
            .warning,
            "\(type.name).\(field.name) has \(outside) date\(outside == 1 ? "" : "s") outside"
              + " the calendar's years (\(calendar.coveredYearsText)): working days from"
              + " \(outside == 1 ? "it" : "them") are unknown",
            kind: "date outside the calendar"))
      }
    }
  }
}
