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
  /// The date columns left out because their dates are unknown.
  var unknownDates: UnknownDates = .none
  /// What the table reads that the export does not provide; then it has no rows.
  var notProvided: String?
  /// Date columns left out because they fall before the export's records begin, and that day.
  var beforeRecords: (count: Int, from: Day)?
}

/// Date columns a table cannot show because their dates are unknown (a date outside the years
/// 0001 to 9999, or `years_back` asked for more than 100 years), said in the table's note
/// rather than left as a table with fewer columns or none.
enum UnknownDates: Equatable, Sendable {
  /// Every date is known, or the table has no date columns.
  case none
  /// The list of dates is unknown: the table has no columns.
  case all
  /// So many of the dates are unknown, each left without a column.
  case some(Int)
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
