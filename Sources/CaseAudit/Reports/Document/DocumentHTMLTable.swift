import Foundation

/// A report table in HTML: a caption, a header row, numbers right-aligned, the total row set
/// apart, the note under it; a table too wide for a portrait A4 page is set in smaller type,
/// and one too wide even then on a landscape page.
enum DocumentHTMLTable {
  private static let e = MarkupText.escape
  /// The characters that fit across a portrait A4 page at the report's type size.
  static let portraitCharacters = 95
  /// The characters that fit across it in the smaller type.
  static let smallCharacters = 120

  /// Writes the table.
  static func render(_ table: ReportTable, into out: inout String) {
    let text = ReportCellText(table)
    var rows: [[String]] = []
    rows.reserveCapacity(table.rows.count)
    var widths = ([table.rowHeading] + table.columns.map(\.label)).map(longestWord)
    for row in table.rows {
      var cells = [row.label]
      widths[0] = max(widths[0], min(row.label.count, 40))
      for (column, cell) in row.cells.enumerated() {
        let value = text.text(cell, row: row, column: column)
        cells.append(value)
        if column + 1 < widths.count {
          widths[column + 1] = max(widths[column + 1], min(value.count, 40))
        }
      }
      rows.append(cells)
    }
    // Each column takes its widest text (up to 40, beyond which it wraps) and its padding.
    let span = widths.reduce(0) { $0 + $1 + 2 }
    let layout =
      span <= portraitCharacters
      ? "" : span <= smallCharacters ? " small" : " small landscape"
    // The title is a paragraph naming the table, not a <caption>, which a browser wraps to
    // the table's width.
    let anchor = "table-" + e(table.id)
    out += "<div class=\"block\(layout)\" id=\"\(anchor)\">\n"
    out += "<p class=\"caption\" id=\"\(anchor)-title\">\(e(table.title))</p>\n"
    out += "<table aria-labelledby=\"\(anchor)-title\">\n<thead><tr>"
    out += "<th scope=\"col\">\(label(table.rowHeading))</th>"
    let numeric = table.columns.indices.map { column in
      table.rows.contains { column < $0.cells.count && ReportCellText.isNumeric($0.cells[column]) }
    }
    for (column, label) in table.columns.enumerated() {
      out += numeric[column] ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">"
      out += Self.label(label.label) + "</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for (row, cells) in zip(table.rows, rows) {
      out += row.key == "total" ? "<tr class=\"total\">" : "<tr>"
      out += "<th scope=\"row\">\(e(cells[0]))</th>"
      for (column, cell) in row.cells.enumerated() {
        out += ReportCellText.isNumeric(cell) ? "<td class=\"n\">" : "<td>"
        out += e(cells[column + 1]) + "</td>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if let note = table.note { out += "<p class=\"note\">\(e(note))</p>\n" }
    out += "</div>\n"
  }

  /// A column label, escaped, that may wrap after an underscore (`reviews_within_timescale`).
  private static func label(_ text: String) -> String {
    e(text).replacingOccurrences(of: "_", with: "_<wbr>")
  }

  /// The characters of a label's longest unbreakable part (it wraps at spaces and `_`).
  private static func longestWord(_ text: String) -> Int {
    text.split(whereSeparator: { $0 == " " || $0 == "_" }).map(\.count).max() ?? 0
  }
}
