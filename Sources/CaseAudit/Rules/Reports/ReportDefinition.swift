/// A report defined in the pack (`reports/annual.yaml`): the tables a service publishes, each
/// counted over every case of an export.
public struct ReportDefinition: Sendable {
  /// The report's id (`annual`), unique in the pack.
  public var id: String
  /// Its title (`IRO annual report`).
  public var title: String
  /// What it is for, shown under the title.
  public var description: String?
  /// The file it was read from, within the pack (`reports/annual.yaml`).
  public var file: String
  /// Its tables, in the file's order.
  public var tables: [TableDefinition]
  /// Who consistency is over and on which day each child's groupings are taken; nil: every
  /// case, as at the as-at date.
  public var consistency: ConsistencyPopulation?

  /// The rules whose outcomes its tables read (`rule_outcome`), in pack order: the only ones
  /// scored again for the year before.
  public var outcomeRules: [String] {
    var seen = Set<String>()
    return tables.flatMap(\.outcomeRules).filter { seen.insert($0).inserted }
  }

  /// The same report with only the tables whose ids are given (in its order): the year before
  /// is evaluated for the headline's tables only.
  public func keeping(tables ids: Set<String>) -> ReportDefinition {
    var kept = self
    kept.tables = tables.filter { ids.contains($0.id) }
    return kept
  }
}

/// The children a report's consistency section is over, and the day each is attributed to a
/// unit: an IRO manager asks who held the child, not who holds it today.
public struct ConsistencyPopulation: Sendable {
  /// The day a case's groupings are taken (a date); a case for which it is null is outside
  /// consistency.
  public var day: Compiled
  /// The definition a reader needs, shown under the section and in report.json.
  public var note: String
}

/// One table of a report: what is counted, by which row and column, in what order, with what
/// totals and chart.
public struct TableDefinition: Sendable {
  /// The table's id (`reviews_held`): its section id, JSON id and workbook sheet.
  public var id: String
  /// Its title.
  public var title: String
  /// The definition a reader needs, shown under the table.
  public var note: String
  /// The heading of the row-label column.
  public var rowHeading: String
  /// The items counted; nil when the table counts cases.
  public var forEach: Rule.ForEach?
  /// Whether a cell counts cases (each at most once) rather than items.
  public var countsCases: Bool
  /// Which items are counted (null counts as not, and is said in the note); nil: all.
  public var condition: Compiled?
  /// The key (or list of keys) each item is counted under.
  public var row: Compiled
  /// The rows, in order.
  public var rows: AxisLayout
  /// The columns: one count, a value's keys or a list of dates.
  public var columns: ColumnSource
  /// Whether a last row keyed `total` sums the others.
  public var total: Bool
  /// Whether shares of each column's total are shown.
  public var shares: Bool
  /// The chart drawn from the table, when asked for.
  public var chart: ChartDefinition?
  /// The rules whose outcomes it reads (`rule_outcome`), in pack order.
  public var outcomeRules: [String] = []
  /// The fields its expressions read (with the functions they call): when the export lacks
  /// one, the table is not counted, rather than every fallback of `??` counted for it.
  public var reads: [FieldRef] = []
  /// The record types its expressions read: a case some of whose records of these types were
  /// excluded for errors is left out of the counts, and said to be.
  public var typesRead: [Int] = []

  /// Where a table's columns come from.
  public enum ColumnSource: Sendable {
    /// One column, keyed `count`.
    case count
    /// A value of each item, laid out like rows.
    case value(Compiled, AxisLayout)
    /// A list of dates, each bound to a name, with the same count taken at each.
    case dates(DateColumns)
  }

  /// Columns that are dates: the list, the slot each date is bound to, and its key and label.
  public struct DateColumns: Sendable {
    /// The name the expressions use for the date (`d`).
    public var variable: String
    /// Its slot.
    public var slot: Int
    /// The dates, evaluated once per report.
    public var list: Compiled
    /// A column's key from its date (default: the ISO date).
    public var key: Compiled?
    /// A column's label from its date (default: its key).
    public var label: Compiled?
  }
}

/// A table's bar or line chart: categories are its columns, one series per row but the total.
public struct ChartDefinition: Sendable, Hashable {
  /// Bars or lines.
  public var kind: ReportChart.Kind
  /// The chart's title.
  public var title: String
  /// What the vertical axis measures.
  public var valueLabel: String
}
