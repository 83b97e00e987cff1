/// Turns a table's counts into the document's table and chart: rows and columns in the
/// definition's order with their labels, the total, and a note saying what was counted.
enum ReportTableBuilder {
  /// Lays out counts: listed rows kept at zero, others where the definition puts them, the
  /// total last when asked for.
  static func layout(_ table: TableDefinition, counter: TableCounter, _ counts: PartialCounts)
    -> TableCounts
  {
    var rowTotals: [String: Int] = [:]
    var columnTotals: [String: Int] = [:]
    for (cell, count) in counts.cells {
      rowTotals[cell.row, default: 0] += count
      columnTotals[cell.column, default: 0] += count
    }
    let columns: [(key: String, label: String)]
    switch table.columns {
    case .count: columns = [("count", "Count")]
    case .dates: columns = counter.dates.map { ($0.key, $0.label) }
    case .value(_, let layout):
      columns = layout.orderedKeys(counts: columnTotals).map { ($0, layout.label(of: $0)) }
    }
    var rows = table.rows.orderedKeys(counts: rowTotals).map { key in
      (
        key: key, label: table.rows.label(of: key),
        values: columns.map { counts.cells[CellKey(row: key, column: $0.key)] ?? 0 }
      )
    }
    if counter.notProvided != nil { rows = [] }
    if table.total, counter.notProvided == nil {
      let sums = columns.indices.map { column in rows.reduce(0) { $0 + $1.values[column] } }
      rows.append((key: "total", label: "Total", values: sums))
    }
    return TableCounts(
      columns: columns, rows: rows, unknownCases: counts.unknownCases,
      uncounted: counts.uncounted, counted: counts.counted, unknownDates: counter.unknownDates,
      notProvided: counter.notProvided, beforeRecords: counter.beforeRecords)
  }

  /// The document's table: counts as counts, the definition's note with what was not counted.
  static func table(_ definition: TableDefinition, _ counts: TableCounts) -> ReportTable {
    var note = definition.note.trimmingCharacters(in: .whitespacesAndNewlines)
    switch counts.unknownDates {
    case .none: break
    case .all:
      note += " No column is shown: its dates are unknown for this period and as-at date."
    case .some(let count):
      note +=
        count == 1
        ? " 1 of its dates is unknown for this period and as-at date and has no column."
        : " \(count) of its dates are unknown for this period and as-at date and have no column."
    }
    if let (count, from) = counts.beforeRecords {
      note +=
        " \(count == 1 ? "1 of its dates is" : "\(count) of its dates are") before \(from), when"
        + " the export's records begin (it holds only the children looked after from then), and"
        + " \(count == 1 ? "has" : "have") no column."
    }
    if let missing = counts.notProvided {
      note += " Not counted: the export does not provide \(missing), which this table reads."
    } else if counts.unknownCases > 0 {
      note +=
        " \(counted(counts.unknownCases, "case")) not counted: the records this table"
        + " reads were not provided, or some of the case's were excluded for errors."
    }
    if counts.uncounted > 0 {
      note +=
        " \(counted(counts.uncounted, "item")) not counted: whether"
        + " \(counts.uncounted == 1 ? "it belongs" : "they belong") in the table is unknown (a"
        + " field it depends on is empty)."
    }
    var table = ReportTable(
      id: definition.id, title: definition.title, note: note, rowHeading: definition.rowHeading,
      columns: counts.columns.map { ReportColumn(key: $0.key, label: $0.label) },
      rows: counts.rows.map { row in
        ReportRow(key: row.key, label: row.label, cells: row.values.map { .count($0) })
      }, showsShares: definition.shares)
    table.uncountedCases = counts.unknownCases
    table.uncountedItems = counts.uncounted
    table.notProvided = counts.notProvided
    return table
  }

  /// `3 cases were`, `1 item was`.
  private static func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun) was" : "\(count) \(noun)s were"
  }

  /// The chart of a table: its columns as categories, one series per row but the total.
  static func chart(_ definition: ChartDefinition, _ table: ReportTable) -> ReportChart {
    let series = table.rows.filter { $0.key != "total" || !isTotal($0, table) }.map { row in
      ReportChart.Series(
        name: row.label,
        values: row.cells.map { cell in
          if case .count(let count) = cell { return Double(count) }
          return nil
        })
    }
    return ReportChart(
      title: definition.title, kind: definition.kind, categories: table.columns.map(\.label),
      valueLabel: definition.valueLabel, series: series)
  }

  /// Whether a row keyed `total` is the table's total (the last row).
  private static func isTotal(_ row: ReportRow, _ table: ReportTable) -> Bool {
    table.rows.last == row
  }
}
