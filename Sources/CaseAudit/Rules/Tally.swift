/// A count a report publishes, defined in the pack: items of each case grouped by a value
/// (escalations by theme, by month, by stage resolved), the figures an annual report states.
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
    let forEach = ForEachClause.compile(
      forNode, file: file, scope: &scope, compiler: &compiler, diagnostics: &diagnostics)
    let value = compiler.compile(ExpressionSource(node: valueNode, file: file), in: scope)
    guard let forEach, let value, diagnostics.count + compiler.diagnostics.count == start else {
      return nil
    }
    return Tally(id: id, title: title, forEach: forEach, value: value, order: order)
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

  /// Counts a tally over the cases at the given rows of the case type.
  public init(_ tally: Tally, data: Dataset, rows caseRows: [Int], frame: Frame) {
    var frame = frame
    var counts: [String: Int] = [:]
    var total = 0
    var unknown = 0
    for row in caseRows {
      frame.caseRecord = RecordRef(type: data.schema.caseType, row: row)
      guard case .list(let items) = tally.forEach.list.eval(&frame) else {
        unknown += 1
        continue
      }
      for item in items {
        frame.slots[tally.forEach.slot] = item
        counts[data.render(tally.value.eval(&frame)), default: 0] += 1
        total += 1
      }
    }
    id = tally.id
    title = tally.title
    self.total = total
    unknownCases = unknown
    let byValue = counts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let ordered: [String]
    switch tally.order {
    case .value: ordered = byValue
    case .count: ordered = byValue.sorted { counts[$0]! > counts[$1]! }
    case .listed(let values):
      ordered = values + byValue.filter { !values.contains($0) }
    }
    rows = ordered.map { ($0, counts[$0] ?? 0) }
  }
}
