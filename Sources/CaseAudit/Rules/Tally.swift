/// A count `score` and the audit report publish, defined in the pack's `tallies:`: items of each
/// case grouped by a value (escalations by theme, by month, by stage resolved). It is a report
/// table of one column, counted by the same machinery (`table`).
public struct Tally: Sendable {
  /// The tally's id (`escalations_by_theme`).
  public var id: String
  /// Its title in reports.
  public var title: String
  /// The items counted.
  public var forEach: Rule.ForEach
  /// The value each item is counted under (rendered as text; unknown counts as `unknown`).
  public var value: Compiled
  /// How rows are ordered.
  public var order: Order
  /// The record types its expressions read, in schema order (see `Rule.typesRead`).
  public var typesRead: [Int] = []
  /// The fields its expressions read: when the export lacks one, the tally is not counted.
  public var reads: [FieldRef] = []

  /// The order of a tally's rows.
  public enum Order: Sendable, Hashable {
    /// By value, as text.
    case value
    /// By count, largest first.
    case count
    /// These values first, in this order; any others after, by value.
    case listed([String])
  }

  static let keys = ["title", "for_each", "value", "order"]

  /// Reads a tally from its entry in pack.yaml's `tallies:`; nil (with diagnostics) when invalid.
  static func load(
    id: String, _ node: YAMLNode, file: SourceFile, compiler: inout ExpressionCompiler,
    diagnostics: inout [Diagnostic]
  ) -> Tally? {
    let start = diagnostics.count + compiler.diagnostics.count
    guard
      let reader = MappingReader(
        node, file: file, what: "a tally", allowed: keys,
        required: ["title", "for_each", "value"], diagnostics: &diagnostics),
      let title = reader.text("title", diagnostics: &diagnostics),
      let forNode = reader["for_each"], let valueNode = reader["value"], valueNode.scalar != nil
    else { return nil }
    var order = Order.value
    if let orderNode = reader["order"] {
      if let items = orderNode.items {
        order = .listed(items.compactMap(\.scalar))
      } else if orderNode.scalar == "count" {
        order = .count
      } else if orderNode.scalar != "value" {
        diagnostics.append(
          file.error("order must be count, value or a list of values in order", at: orderNode))
      }
    }
    var scope = Scope()
    _ = compiler.takeTypesRead()
    _ = compiler.takeReads()
    let forEach = ForEachClause.compile(
      forNode, file: file, scope: &scope, compiler: &compiler, diagnostics: &diagnostics)
    let value = compiler.compile(ExpressionSource(node: valueNode, file: file), in: scope)
    let typesRead = compiler.takeTypesRead().sorted()
    let reads = compiler.takeReadsInOrder()
    guard let forEach, let value, diagnostics.count + compiler.diagnostics.count == start else {
      return nil
    }
    return Tally(
      id: id, title: title, forEach: forEach, value: value, order: order, typesRead: typesRead,
      reads: reads)
  }
}

/// The counts of a tally over a set of cases.
public struct TallyCounts: Sendable {
  /// The tally's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Each value and how many items had it, in the tally's order.
  public var rows: [(value: String, count: Int)]
  /// Items counted.
  public var total: Int
  /// Cases whose items could not be listed (their records were not provided): counted, so a
  /// tally of zero is never mistaken for "none".
  public var unknownCases: Int

  /// Counts a tally over the cases at the given rows of the case type, as the one-column table
  /// it is (the same counting as a report's tables).
  public init(_ tally: Tally, data: Dataset, rows caseRows: [Int], frame: Frame) {
    var frame = frame
    let table = tally.table
    let counter = TableCounter(table, data: data, frame: frame)
    let counts = counter.count(rows: caseRows[...], frame: &frame)
    let laidOut = ReportTableBuilder.layout(table, counter: counter, counts)
    id = tally.id
    title = tally.title
    rows = laidOut.rows.map { ($0.key, $0.values[0]) }
    total = laidOut.counted
    unknownCases = laidOut.unknownCases
  }
}

extension Tally {
  /// The tally as a report table: its items by value, in one count column.
  var table: TableDefinition {
    var rows: AxisLayout
    switch order {
    case .value: rows = .open(order: .key)
    case .count: rows = .open(order: .count)
    case .listed(let values):
      rows = .open(order: .key)
      rows.entries = values.map { .key($0, label: nil) } + [.others]
    }
    var table = TableDefinition(
      id: id, title: title, note: title, rowHeading: "value", forEach: forEach,
      countsCases: false, condition: nil, row: value, rows: rows, columns: .count, total: false,
      shares: true, chart: nil)
    table.reads = reads
    table.typesRead = typesRead
    return table
  }
}
