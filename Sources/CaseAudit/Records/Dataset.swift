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
  public let lists: [RelationList]
  /// Per type, whether the export provided it; lists of a type not provided read as unknown, so
  /// a rule over notes gives insufficient evidence rather than "no notes".
  public let provided: [Bool]
  /// Per type and field, whether the export had it (a canonical file with the column, a
  /// format that carries the field); a rule reading a field not provided cannot be judged.
  public let providedFields: [[Bool]]
  /// Per type, the case rows some of whose records of that type were excluded for errors (or
  /// for naming an excluded record): those cases' lists of the type read as unknown, so a
  /// missing review is never taken for no review.
  public let incomplete: [Set<Int32>]
  /// The first day the export holds every case of, when it holds fewer before (an SSDA903
  /// return: the children looked after in its year, so a count on an earlier 31 March would
  /// leave out the children who had left by then); nil when it holds them all.
  public var recordsFrom: Day? = nil

  /// The records of one type.
  public struct Table: Sendable {
    /// One column per field, in field order.
    public let columns: [Column]
    /// For each field, the referenced row per row (-1 when empty); empty for non-ref fields.
    public let references: [[Int32]]
    /// Number of records.
    public let count: Int
  }

  /// Creates a dataset from finished tables and lists.
  init(
    schema: Schema, tables: [Table], lists: [RelationList], provided: [Bool],
    providedFields: [[Bool]]? = nil, incomplete: [Set<Int32>] = []
  ) {
    self.schema = schema
    self.incomplete = incomplete
    self.tables = tables
    self.lists = lists
    self.provided = provided
    self.providedFields =
      providedFields
      ?? schema.types.indices.map { type in
        Array(repeating: provided.isEmpty || provided[type], count: schema.types[type].fields.count)
      }
  }

  /// The value of a field of a record.
  @inline(__always)
  public func value(_ record: RecordRef, field: Int) -> Value {
    tables[Int(record.type)].columns[field][Int(record.row)]
  }

  /// The key text of a record, used to name items in reports.
  public func key(of record: RecordRef) -> String {
    // Only the key's index is read from the type: every item of a census is named this way.
    let key = schema.types[Int(record.type)].key
    return tables[Int(record.type)].columns[key].text(Int(record.row)) ?? "\(record.row)"
  }

  /// Whether a case's records of a type are incomplete (some were excluded).
  @inline(__always)
  public func isIncomplete(_ type: Int, case caseRecord: RecordRef) -> Bool {
    !incomplete.isEmpty && !incomplete[type].isEmpty
      && incomplete[type].contains(Int32(caseRecord.row))
  }

  /// The records of the case type, in order.
  public var cases: [RecordRef] {
    (0..<tables[schema.caseType].count).map { RecordRef(type: schema.caseType, row: $0) }
  }
}

extension Dataset {
  /// The rows of the cases with these ids, in case order; an id the export lacks is an error
  /// naming only that id (never a near miss, which would show another child's id).
  public func caseRows(of ids: [String]) throws -> [Int] {
    let wanted = Set(ids)
    var found: [String: Int] = [:]
    for row in 0..<tables[schema.caseType].count {
      let id = key(of: RecordRef(type: schema.caseType, row: row))
      if wanted.contains(id) { found[id] = row }
    }
    let missing = ids.filter { found[$0] == nil }
    guard missing.isEmpty else {
      let list = missing.map { "'\($0)'" }.joined(separator: ", ")
      throw Diagnostic.error("no case\(missing.count == 1 ? "" : "s") \(list) in the export")
    }
    return found.values.sorted()
  }
}
