/// Plain-text tables with columns padded to their widest cell.
public enum TextTable {
  /// Rows (the first is the header) as aligned text, two spaces between columns.
  public static func render(_ rows: [[String]], rightAligned: Set<Int>, indent: String = "")
    -> String
  {
    // Cells hold ids and names from the export: a line break would split a row, an escape
    // sequence would drive the terminal.
    let rows = rows.map { $0.map(TerminalText.escape) }
    guard let first = rows.first else { return "" }
    let widths = first.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      var line = indent
      for (column, text) in row.enumerated() {
        if column > 0 { line += "  " }
        let pad = String(repeating: " ", count: widths[column] - text.count)
        line += rightAligned.contains(column) ? pad + text : text + pad
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }.joined(separator: "\n") + "\n"
  }
}
