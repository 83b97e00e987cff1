/// The headline of the service report: this year beside the previous year, each figure taken
/// from the pack report's tables (evaluated for this period and for the same period a year
/// earlier) by table, row and column keys, so the IRO pack's definitions stay in the pack.
public enum ServiceHeadline {
  /// How a figure is taken from a table.
  enum Source {
    /// The sum of the cells of the rows given (every row but `total` when nil) over every
    /// column.
    case sum(table: String, rows: [String]?)
    /// The first rows' sum over all the rows' sum, in one column.
    case share(table: String, column: String, of: [String], over: [String])
  }

  /// One headline figure: its key, its label and where it comes from.
  struct Figure {
    var key: String
    var label: String
    var source: Source
  }

  /// The figures, in the order shown.
  static let figures = [
    Figure(
      key: "looked_after_at_as_at", label: "Children looked after at the as-at date",
      source: .sum(table: "permanence_plan_on_as_at", rows: nil)),
    Figure(
      key: "reviews_held", label: "Reviews held",
      source: .sum(table: "reviews_held", rows: ["held"])),
    Figure(
      key: "reviews_on_time", label: "Reviews held on time (of those whose timeliness is known)",
      source: .share(
        table: "reviews_held", column: "count", of: ["within_timescale"],
        over: ["within_timescale", "late"])),
    Figure(
      key: "participation", label: "Reviews of children aged 4 or over in which they participated",
      source: .share(
        table: "participation", column: "count", of: ["participated"],
        over: ["participated", "did_not_participate"])),
    Figure(
      key: "escalations_raised", label: "Escalations raised",
      source: .sum(table: "escalations_by_month", rows: ["this_year"])),
  ]

  /// The ids of the tables the figures are taken from.
  public static let tableIDs: Set<String> = Set(
    figures.map { figure in
      switch figure.source {
      case .sum(let table, _), .share(let table, _, _, _): table
      }
    })

  /// The headline table; `previous` is nil when the year before could not be evaluated.
  public static func table(
    this: [ReportTable], previous: [ReportTable]?, thisLabel: String, previousLabel: String
  ) -> ReportTable {
    var missing: [String] = []
    var incomplete: [String] = []
    let rows = figures.map { figure -> ReportRow in
      var now = value(figure.source, in: this)
      var before = previous.flatMap { value(figure.source, in: $0) }
      // A count that leaves cases or items out is a lower bound, not the figure; a table not
      // counted at all has no rows, which is said as that, not as a table the report lacks.
      if isIncomplete(figure.source, in: this) {
        now = nil
        incomplete.append(figure.label)
      } else if now == nil {
        missing.append(figure.label)
      }
      if let previous, isIncomplete(figure.source, in: previous) { before = nil }
      return ReportRow(
        key: figure.key, label: figure.label, cells: [now ?? .empty, before ?? .empty])
    }
    var note =
      "Taken from the tables below, evaluated for this period and for the same period a year"
      + " earlier. On time: reviews within timescale over those within timescale or late."
      + " Participation: code PN1 to PN6 over PN1 to PN7 (PN0, under 4, and empty codes left"
      + " out)."
    if !missing.isEmpty {
      note +=
        " Not shown, as the pack's report has no table to take it from: "
        + missing.joined(separator: "; ") + "."
    }
    if !incomplete.isEmpty {
      note +=
        " Not shown, as its table could not count some cases or items (see the table): "
        + incomplete.joined(separator: "; ") + "."
    }
    return ReportTable(
      id: "headline", title: "This year and last", note: note, rowHeading: "Figure",
      columns: [
        ReportColumn(key: "this_year", label: thisLabel),
        ReportColumn(key: "previous_year", label: previousLabel),
      ], rows: rows)
  }

  /// The figure from the tables, or nil when a table, row or column it needs is missing.
  static func value(_ source: Source, in tables: [ReportTable]) -> ReportCell? {
    switch source {
    case .sum(let id, let rowKeys):
      guard let table = tables.first(where: { $0.id == id }) else { return nil }
      let rows =
        rowKeys.map { keys in table.rows.filter { keys.contains($0.key) } }
        ?? table.rows.filter { $0.key != "total" }
      guard rowKeys == nil || rows.count == rowKeys?.count else { return nil }
      return .count(rows.flatMap(\.cells).reduce(0) { $0 + (count($1) ?? 0) })
    case .share(let id, let column, let numerator, let denominator):
      guard let table = tables.first(where: { $0.id == id }),
        let index = table.columns.firstIndex(where: { $0.key == column })
      else { return nil }
      func total(_ keys: [String]) -> Int? {
        let rows = table.rows.filter { keys.contains($0.key) }
        guard rows.count == keys.count else { return nil }
        return rows.reduce(0) { $0 + (count($1.cells[index]) ?? 0) }
      }
      guard let part = total(numerator), let whole = total(denominator) else { return nil }
      return whole == 0 ? .empty : .proportion(Double(part) / Double(whole), places: 1)
    }
  }

  /// Whether the table a figure comes from left cases or items uncounted.
  private static func isIncomplete(_ source: Source, in tables: [ReportTable]) -> Bool {
    let id: String
    switch source {
    case .sum(let table, _), .share(let table, _, _, _): id = table
    }
    return tables.first { $0.id == id }.map { $0.uncountedCases + $0.uncountedItems > 0 }
      ?? false
  }

  private static func count(_ cell: ReportCell) -> Int? {
    if case .count(let value) = cell { return value }
    return nil
  }
}
