/// Report tables and charts as Markdown pipe tables, every cell escaped.
enum DocumentMarkdownTable {
  private static let m = MarkdownText.escape

  /// A table under its bold title, its note after it.
  static func render(_ table: ReportTable, into out: inout String) {
    let text = ReportCellText(table)
    let numeric = table.columns.indices.map { column in
      table.rows.contains { column < $0.cells.count && ReportCellText.isNumeric($0.cells[column]) }
    }
    out += "**\(m(table.title))**\n\n"
    header([table.rowHeading] + table.columns.map(\.label), numeric: numeric, into: &out)
    for row in table.rows {
      let label = row.key == "total" ? "**\(m(row.label))**" : m(row.label)
      out += "| \(label) |"
      for (column, cell) in row.cells.enumerated() {
        out += " \(m(text.text(cell, row: row, column: column))) |"
      }
      out += "\n"
    }
    out += "\n"
    if let note = table.note { out += "\(m(note))\n\n" }
  }

  /// A chart as the table of its numbers: a row per category, a column per series.
  static func render(_ chart: ReportChart, into out: inout String) {
    out += "**\(m(chart.title))** (\(m(chart.valueLabel)))\n\n"
    header(
      [""] + chart.series.map(\.name), numeric: chart.series.map { _ in true }, into: &out)
    for (index, category) in chart.categories.enumerated() {
      out += "| \(m(category)) |"
      for series in chart.series {
        let value = index < series.values.count ? series.values[index] : nil
        out += " \(value.map(ChartText.value) ?? "—") |"
      }
      out += "\n"
    }
    out += "\n"
  }

  /// The header row and the alignment row (numbers to the right).
  private static func header(_ labels: [String], numeric: [Bool], into out: inout String) {
    out += "|" + labels.map { " \(m($0)) |" }.joined() + "\n|---|"
    out += numeric.map { $0 ? "---:|" : "---|" }.joined() + "\n"
  }
}
