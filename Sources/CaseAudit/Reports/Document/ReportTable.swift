/// A table in a report: keyed columns and rows of typed cells, so JSON keeps keys and numbers,
/// the workbook writes numbers as numbers and HTML and Markdown show labels and formatted values.
public struct ReportTable: Sendable {
  /// The table's id, unique in the document (`reviews_held`): its JSON id and workbook sheet.
  public var id: String
  /// Its title.
  public var title: String
  /// What is counted and how, said under the table (the definition a reader needs).
  public var note: String?
  /// The heading of the row-label column (`Legal status`).
  public var rowHeading: String
  /// The columns after the row labels, in order.
  public var columns: [ReportColumn]
  /// The rows, in order; a total, if any, is the last row, keyed `total`.
  public var rows: [ReportRow]
  /// Whether HTML and Markdown show each count's share of its column's total (not stored: shares
  /// are computed from the counts when shown).
  public var showsShares: Bool
  /// Cases the counts leave out because their records were not provided (or lost rows to
  /// errors): when any are, a count is a lower bound, and figures taken from it must say so.
  public var uncountedCases: Int = 0
  /// Items the counts leave out because whether they belong is unknown: figures taken from
  /// the table are then lower bounds too.
  public var uncountedItems: Int = 0
  /// What the table reads that the export does not provide (`allocations`), when it could
  /// not be counted at all.
  public var notProvided: String?

  /// Creates a table.
  public init(
    id: String, title: String, note: String? = nil, rowHeading: String,
    columns: [ReportColumn], rows: [ReportRow], showsShares: Bool = false
  ) {
    self.id = id
    self.title = title
    self.note = note
    self.rowHeading = rowHeading
    self.columns = columns
    self.rows = rows
    self.showsShares = showsShares
  }
}

/// A column of a report table: the key JSON uses and the label a reader sees.
public struct ReportColumn: Sendable, Hashable {
  /// The column's key (`"2022"`, `apr`, `met`).
  public var key: String
  /// Its label (`2022`, `Apr`, `Met`).
  public var label: String

  /// Creates a column.
  public init(key: String, label: String) {
    self.key = key
    self.label = label
  }
}

/// A row of a report table: its key, its label and one cell per column.
public struct ReportRow: Sendable, Hashable {
  /// The row's key (`interim_care_order`, `boys:under_1`, `total`).
  public var key: String
  /// Its label (`Interim care order`).
  public var label: String
  /// One cell per column, in column order.
  public var cells: [ReportCell]

  /// Creates a row.
  public init(key: String, label: String, cells: [ReportCell]) {
    self.key = key
    self.label = label
    self.cells = cells
  }
}

/// A value in a report table, typed so each format shows it properly.
public enum ReportCell: Sendable, Hashable {
  /// A count: a JSON integer, a workbook number.
  case count(Int)
  /// A number shown with the given decimal places.
  case number(Double, places: Int)
  /// A proportion (0–1) shown as a percentage with the given decimal places.
  case proportion(Double, places: Int)
  /// Text (a name, an interval, a grade); renderers escape it.
  case text(String)
  /// Nothing to show (no decided case, not applicable): `—` in HTML and Markdown, empty in the
  /// workbook, `null` in JSON.
  case empty
}
