/// Records of every schema type, column by column, with references resolved to rows.
///
/// Rows of each type are sorted by the type's order (its `order_by` fields, then its key), so
/// lists built from them never depend on the order of rows in the input files.
public struct Dataset: Sendable {
  /// The schema the records follow.
  public let schema: Schema
  /// One table per schema type, in schema order.
  public let tables: [Table]
  /// For each schema relation, for each target row, the referring rows in order.
  public let lists: [[[Int32]]]
  /// Per type, whether the export provided it; lists of a type not provided read as unknown, so
  /// a rule over notes gives insufficient evidence rather than "no notes".
  public let provided: [Bool]

  /// The records of one type.
  public struct Table: Sendable {
    /// Values per field, then per row.
    public let columns: [[Value]]
    /// For each field, the referenced row per row (-1 when empty); empty for non-ref fields.
    public let references: [[Int32]]
    /// Number of records.
    public var count: Int { columns.first?.count ?? 0 }
  }

  /// Creates a dataset from finished tables and lists.
  init(schema: Schema, tables: [Table], lists: [[[Int32]]], provided: [Bool]) {
    self.schema = schema
    self.tables = tables
    self.lists = lists
    self.provided = provided
  }

  /// The value of a field of a record.
  @inline(__always)
  public func value(_ record: RecordRef, field: Int) -> Value {
    tables[Int(record.type)].columns[field][Int(record.row)]
  }

  /// The key text of a record, used to name items in reports.
  public func key(of record: RecordRef) -> String {
    let type = schema.types[Int(record.type)]
    if case .string(let key) = value(record, field: type.key) { return key }
    return "\(record.row)"
  }

  /// The records of the case type, in order.
  public var cases: [RecordRef] {
    (0..<tables[schema.caseType].count).map { RecordRef(type: schema.caseType, row: $0) }
  }
}

/// Collects rows of each type and builds a `Dataset`, reporting dangling references.
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

  /// Sorts, resolves references and builds lists; dangling or duplicate keys are diagnostics.
  ///
  /// `provided` says which types the source had (all, unless given).
  public func build(provided: [Bool]? = nil) -> (Dataset, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let sorted = schema.types.indices.map { sortRows(rows[$0], type: $0) }
    var keyIndex: [[String: Int32]] = []
    for (typeIndex, type) in schema.types.enumerated() {
      var index: [String: Int32] = [:]
      for (row, record) in sorted[typeIndex].enumerated() {
        guard case .string(let key) = record.values[type.key] else { continue }
        if index[key] != nil {
          diagnostics.append(
            record.error("duplicate \(type.fields[type.key].name) '\(key)'", field: type.key))
        } else {
          index[key] = Int32(row)
        }
      }
      keyIndex.append(index)
    }
    var tables: [Dataset.Table] = []
    for (typeIndex, type) in schema.types.enumerated() {
      let records = sorted[typeIndex]
      var columns: [[Value]] = []
      var references: [[Int32]] = []
      for (fieldIndex, field) in type.fields.enumerated() {
        columns.append(records.map { $0.values[fieldIndex] })
        guard let target = field.target else {
          references.append([])
          continue
        }
        references.append(
          records.map { record in
            guard case .string(let key) = record.values[fieldIndex] else { return -1 }
            if let row = keyIndex[target][key] { return row }
            let targetName = schema.types[target].name
            diagnostics.append(
              record.error("\(field.name) '\(key)' names no \(targetName)", field: fieldIndex))
            return -1
          })
      }
      tables.append(Dataset.Table(columns: columns, references: references))
    }
    let lists = schema.relations.map { relation in
      var list = [[Int32]](repeating: [], count: tables[relation.target].count)
      for (row, target) in tables[relation.source].references[relation.field].enumerated()
      where target >= 0 {
        list[Int(target)].append(Int32(row))
      }
      return list
    }
    let flags = provided ?? Array(repeating: true, count: schema.types.count)
    return (Dataset(schema: schema, tables: tables, lists: lists, provided: flags), diagnostics)
  }

  private func sortRows(_ rows: [Row], type: Int) -> [Row] {
    let recordType = schema.types[type]
    let order = recordType.orderBy + [recordType.key]
    return rows.sorted { lhs, rhs in
      for field in order {
        let comparison = Value.order(lhs.values[field], rhs.values[field])
        if comparison != 0 { return comparison < 0 }
      }
      return false
    }
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
    case (.string(let a), .string(let b)): return a == b ? 0 : (a < b ? -1 : 1)
    case (.bool(let a), .bool(let b)): return a == b ? 0 : (!a ? -1 : 1)
    default:
      if let a = lhs.number, let b = rhs.number { return a == b ? 0 : (a < b ? -1 : 1) }
      return 0
    }
  }
}
