/// Builds a `Dataset` from rows of values (rule examples, small inputs), reporting duplicate keys
/// and references to records that are not there.
public struct DatasetBuilder: Sendable {
  /// A row to add: its values in field order, and where it came from for diagnostics.
  public struct Row: Sendable {
    /// Values in the type's field order.
    public var values: [Value]
    /// Where the row was written, for messages about its references.
    public var origin: SourceLocation?
    /// The quoted source line, for messages.
    public var sourceLine: String?
    /// Where each field's value was written, when known, so messages point at the value.
    public var fieldLocations: [Int: (location: SourceLocation, line: String?)] = [:]

    /// Creates a row.
    public init(values: [Value], origin: SourceLocation? = nil, sourceLine: String? = nil) {
      self.values = values
      self.origin = origin
      self.sourceLine = sourceLine
    }

    /// An error about one field of the row, at the field's value when its position is known.
    func error(_ message: String, field: Int) -> Diagnostic {
      if let place = fieldLocations[field] {
        return .error(message, at: place.location, sourceLine: place.line)
      }
      return .error(message, at: origin, sourceLine: sourceLine)
    }
  }

  /// The schema.
  public let schema: Schema
  private var rows: [[Row]]

  /// Creates an empty builder.
  public init(schema: Schema) {
    self.schema = schema
    rows = Array(repeating: [], count: schema.types.count)
  }

  /// Adds a row of a type.
  public mutating func append(_ row: Row, type: Int) { rows[type].append(row) }

  /// Builds the dataset; duplicate keys and dangling references are diagnostics (the first of
  /// duplicate rows is kept, and a dangling reference reads as empty). `incompleteCases[type]`
  /// names the cases whose records of the type are not all there.
  public func build(
    provided: [Bool]? = nil, providedFields: [[Bool]]? = nil, incompleteCases: [Set<String>] = []
  ) -> (Dataset, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var accepted: [[Bool]] = []
    var keys: [Set<String>] = []
    for (type, recordType) in schema.types.enumerated() {
      var seen = Set<String>()
      accepted.append(
        rows[type].map { row in
          guard case .string(let key) = row.values[recordType.key] else { return true }
          if seen.insert(key).inserted { return true }
          let name = recordType.fields[recordType.key].name
          diagnostics.append(row.error("duplicate \(name) '\(key)'", field: recordType.key))
          return false
        })
      keys.append(seen)
    }
    for (type, recordType) in schema.types.enumerated() {
      for row in rows[type] {
        for (field, definition) in recordType.fields.enumerated() {
          guard let target = definition.target, case .string(let key) = row.values[field],
            !keys[target].contains(key)
          else { continue }
          let message = "\(definition.name) '\(key)' names no \(schema.types[target].name)"
          diagnostics.append(row.error(message, field: field))
        }
      }
    }
    let columns = schema.types.enumerated().map { type, recordType in
      recordType.fields.enumerated().map { field, definition in
        var builder = ColumnBuilder(for: definition.type)
        for row in rows[type] { builder.append(row.values[field]) }
        return builder.build()
      }
    }
    let flags = provided ?? Array(repeating: true, count: schema.types.count)
    let dataset = DatasetAssembler(schema: schema).assemble(
      columns, accepted: accepted, provided: flags, providedFields: providedFields,
      incompleteCases: incompleteCases)
    return (dataset, diagnostics)
  }
}

extension Value {
  /// A total order for sorting: nulls last, then by value within a kind.
  public static func order(_ lhs: Value, _ rhs: Value) -> Int {
    switch (lhs, rhs) {
    case (.null, .null): return 0
    case (.null, _): return 1
    case (_, .null): return -1
    case (.date(let a), .date(let b)): return a == b ? 0 : (a < b ? -1 : 1)
    case (.string(let a), .string(let b)):
      return a == b ? 0 : (a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1)
    case (.bool(let a), .bool(let b)): return a == b ? 0 : (!a ? -1 : 1)
    default:
      if let a = lhs.number, let b = rhs.number { return a == b ? 0 : (a < b ? -1 : 1) }
      return 0
    }
  }
}
