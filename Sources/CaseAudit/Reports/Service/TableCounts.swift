/// The counts of one table over a set of cases, laid out: columns and rows in the definition's
/// order, listed rows kept at zero, and what could not be counted.
struct TableCounts: Sendable {
  /// The columns' keys and labels, in order.
  var columns: [(key: String, label: String)]
  /// The rows' keys, labels and one count per column, in order (the total, if asked, last).
  var rows: [(key: String, label: String, values: [Int])]
  /// Cases whose items could not be listed (their records were not provided).
  var unknownCases: Int
  /// Items left out because whether they belong (`where`) is unknown.
  var uncounted: Int
  /// Items (or cases) counted, each once however many cells it fell in.
  var counted: Int
}

/// A cell of a table while counting: its row key and column key.
struct CellKey: Hashable, Sendable {
  var row: String
  var column: String
}

/// What one worker counted over its share of the cases.
struct PartialCounts: Sendable {
  var cells: [CellKey: Int] = [:]
  var unknownCases = 0
  var uncounted = 0
  var counted = 0

  mutating func merge(_ other: PartialCounts) {
    cells.merge(other.cells, uniquingKeysWith: +)
    unknownCases += other.unknownCases
    uncounted += other.uncounted
    counted += other.counted
  }
}
