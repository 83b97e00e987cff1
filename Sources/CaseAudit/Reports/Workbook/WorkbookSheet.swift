/// One report table as a worksheet: a bold, frozen header row (the row heading, then the column
/// labels), row labels in column A, counts and numbers as numeric cells (proportions with a
/// percent format), text as inline strings neutralised against formulas.
enum WorkbookSheet {
  /// `xl/worksheets/sheetN.xml` of `table`, adding the number formats it uses to `styles`.
  static func xml(_ table: ReportTable, styles: inout WorkbookStyles) -> String {
    var out = WorkbookParts.declaration
    out += "<worksheet xmlns=\"\(WorkbookParts.mainNamespace)\"><sheetViews>"
    out += "<sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
    out += " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
    let labels = [table.rowHeading] + table.columns.map(\.label)
    var widths = labels.map(\.count)
    widths[0] = max(widths[0], table.rows.map(\.label.count).max() ?? 0)
    out += "<cols>"
    for (index, width) in widths.enumerated() {
      let shown = min(60, max(10, width + 2))
      out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(shown)\""
      out += " customWidth=\"1\"/>"
    }
    out += "</cols><sheetData><row r=\"1\">"
    for (column, label) in labels.enumerated() {
      out += text(label, column: column, row: 1, style: WorkbookStyles.bold)
    }
    out += "</row>"
    for (index, row) in table.rows.enumerated() {
      let number = index + 2
      out += "<row r=\"\(number)\">"
      let style = row.key == "total" ? WorkbookStyles.bold : WorkbookStyles.plain
      out += text(row.label, column: 0, row: number, style: style)
      for (column, cell) in row.cells.enumerated() {
        out += value(cell, column: column + 1, row: number, styles: &styles)
      }
      out += "</row>"
    }
    return out + "</sheetData></worksheet>"
  }

  /// A text cell, neutralised so a spreadsheet never takes it for a formula.
  private static func text(_ value: String, column: Int, row: Int, style: Int) -> String {
    let reference = WorkbookXML.reference(column: column, row: row)
    let styled = style == WorkbookStyles.plain ? "" : " s=\"\(style)\""
    return "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
      + WorkbookXML.text(SpreadsheetText.neutralised(value)) + "</t></is></c>"
  }

  private static func value(
    _ cell: ReportCell, column: Int, row: Int, styles: inout WorkbookStyles
  ) -> String {
    let reference = WorkbookXML.reference(column: column, row: row)
    let number: Double
    switch cell {
    case .empty: return ""
    case .text(let value): return text(value, column: column, row: row, style: 0)
    case .count(let count): return "<c r=\"\(reference)\"><v>\(count)</v></c>"
    case .number(let value, _), .proportion(let value, _): number = value
    }
    guard let written = WorkbookXML.number(number) else { return "" }
    let style = styles.style(of: cell)
    return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(written)</v></c>"
  }
}
