import Foundation

/// A table's cells as text for HTML and Markdown: numbers formatted the same on every machine,
/// `—` for nothing, and counts with their share of the column's total where the table asks.
struct ReportCellText: Sendable {
  /// Each column's total of counts over the rows other than `total`, when shares are shown.
  private let totals: [Int]?

  /// Prepares the table's text (one pass over its cells for the column totals).
  init(_ table: ReportTable) {
    guard table.showsShares else {
      totals = nil
      return
    }
    var totals = [Int](repeating: 0, count: table.columns.count)
    for row in table.rows where row.key != "total" {
      for (column, cell) in row.cells.enumerated() where column < totals.count {
        if case .count(let count) = cell { totals[column] += count }
      }
    }
    self.totals = totals
  }

  /// The text of a cell in `row` and `column` (not escaped).
  func text(_ cell: ReportCell, row: ReportRow, column: Int) -> String {
    switch cell {
    case .count(let count):
      guard let totals, row.key != "total", column < totals.count, totals[column] > 0 else {
        return String(count)
      }
      let share = Double(count) / Double(totals[column])
      return "\(count) (\(ReportFormatting.percent(share)))"
    case .number(let value, let places): return Self.fixed(value, places: places)
    case .proportion(let value, let places): return Self.fixed(value * 100, places: places) + "%"
    case .text(let text): return text
    case .empty: return "—"
    }
  }

  /// Whether a cell is a number (right-aligned).
  static func isNumeric(_ cell: ReportCell) -> Bool {
    switch cell {
    case .count, .number, .proportion: return true
    case .text, .empty: return false
    }
  }

  /// A number with a fixed number of decimals, as the C locale writes it.
  static func fixed(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "—" }
    return String(format: "%.\(max(0, min(places, 10)))f", value)
  }
}
