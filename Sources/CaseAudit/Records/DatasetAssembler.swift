import Foundation

/// Turns typed columns into a `Dataset`: keeps the accepted rows, sorts each type by its order,
/// resolves references to rows and builds the lists of referring records.
struct DatasetAssembler {
  let schema: Schema

  /// The number of typed records from which a dataset is put in order on every core.
  static let parallelRecords = 20_000

  /// Assembles; `accepted[type][row]` says which rows to keep. References to keys that are not
  /// kept become empty, so callers check references first; `targets`, when the caller has
  /// them, are the references' rows as typed (else they are looked up here). Each set of
  /// `incompleteCases` names the cases that lost records of its type. The columns are consumed:
  /// each is freed once its rows are put in order (a column already in order is kept as is).
  func assemble(
    _ columns: consuming [[Column]], accepted: [[Bool]], provided: [Bool],
    providedFields: [[Bool]]? = nil, incompleteCases: [Set<String>] = [],
    targets given: ReferenceTargets? = nil
  ) -> Dataset {
    // A copy (a retain) for the lookups and the orders, released before the columns are
    // handed over.
    // Below a few thousand records (a rule's example, a small export), one thread is quicker.
    let parallel = accepted.reduce(0) { $0 + $1.count } >= Self.parallelRecords
    let (targets, caseKeys, orders) = prepare(
      copy columns, given, incompleteCases, accepted, parallel: parallel)
    let cells = schema.types.indices.flatMap { type in
      schema.types[type].fields.indices.map { (type: type, field: $0) }
    }
    // Every column of every type is one piece of work, so a large type is put in order on
    // every core; each typed column is freed as soon as its cells are in order.
    let typed = ColumnHandoff(consume columns)
    let placed = ParallelMap.map(cells.count, parallel: parallel) { index -> (Column, [Int32]) in
      let (type, field) = cells[index]
      let column = typed.take(type, field)
      let order = orders[type]
      let ordered =
        order.isIdentity ? Column(storage: column.storage) : column.reordered(order.sorted)
      guard let target = schema.types[type].fields[field].target,
        case .strings(let codes, _) = ordered.storage
      else { return (ordered, []) }
      // Each distinct key's row once, then the codes mapped.
      let newRows = orders[target].newRows
      let rowsByCode = targets.rows[type][field].map { $0 < 0 ? -1 : newRows[Int($0)] }
      return (ordered, Self.rows(of: codes, rowsByCode))
    }
    var built: [Dataset.Table] = []
    var next = 0
    for type in schema.types.indices {
      let fields = placed[next..<next + schema.types[type].fields.count]
      next += fields.count
      built.append(
        Dataset.Table(
          columns: fields.map(\.0), references: fields.map(\.1), count: orders[type].sorted.count))
    }
    let tables = built
    let lists = ParallelMap.map(schema.relations.count, parallel: parallel) { index in
      let relation = schema.relations[index]
      return RelationList(
        targets: tables[relation.target].count,
        referencesOf: tables[relation.source].references[relation.field])
    }
    // A case named but not kept is -1 in its set, as it always was; it matches no case row.
    let incomplete = incompleteCases.map { keys in
      Set(
        keys.compactMap { key -> Int32? in
          let row = caseKeys?.row(of: key) ?? -1
          return row < 0 ? nil : orders[schema.caseType].newRows[Int(row)]
        })
    }
    return Dataset(
      schema: schema, tables: tables, lists: lists, provided: provided,
      providedFields: providedFields, incomplete: incomplete)
  }

  /// The references' rows (unless given), the case keys when some cases are incomplete, and
  /// each type's order.
  private func prepare(
    _ columns: [[Column]], _ given: ReferenceTargets?, _ incompleteCases: [Set<String>],
    _ accepted: [[Bool]], parallel: Bool
  ) -> (ReferenceTargets, KeyRows?, [RowOrder]) {
    let targets = given ?? ReferenceTargets(schema: schema, columns: columns)
    let schema = self.schema
    let orders = ParallelMap.map(schema.types.count, parallel: parallel) { type in
      RowOrder(
        Self.sortedRows(columns[type], type: schema.types[type], accepted: accepted[type]),
        of: accepted[type].count)
    }
    guard incompleteCases.contains(where: { !$0.isEmpty }) else { return (targets, nil, orders) }
    let caseKeys = KeyRows(schema.types[schema.caseType].key, of: columns[schema.caseType])
    return (targets, caseKeys, orders)
  }

  /// Each cell's row, -1 for an empty cell (`codes.map`, as one tight loop).
  private static func rows(of codes: [Int32], _ rowsByCode: [Int32]) -> [Int32] {
    codes.withUnsafeBufferPointer { codes in
      rowsByCode.withUnsafeBufferPointer { rowsByCode in
        [Int32](count: codes.count) { row in
          let code = Int(codes[row])
          precondition(code < rowsByCode.count, "code out of range")
          return code < 0 ? -1 : rowsByCode[code]
        }
      }
    }
  }

  /// A type's accepted rows in its order, and the reverse.
  private struct RowOrder: Sendable {
    /// The typed row of each row in order.
    let sorted: [Int]
    /// Each typed row's row in order (-1 when not kept).
    let newRows: [Int32]
    /// Whether every typed row is kept where it is.
    let isIdentity: Bool

    /// The order of `sorted`, rows of a type typed with `count` rows.
    init(_ sorted: [Int], of count: Int) {
      self.sorted = sorted
      var newRows = [Int32](repeating: -1, count: count)
      var isIdentity = sorted.count == count
      newRows.withUnsafeMutableBufferPointer { newRows in
        for (position, row) in sorted.enumerated() {
          precondition(UInt(bitPattern: row) < UInt(newRows.count), "row out of range")
          newRows[row] = Int32(position)
          isIdentity = isIdentity && row == position
        }
      }
      self.newRows = newRows
      self.isIdentity = isIdentity
    }
  }

  /// A type's accepted rows in its order. Order fields are compared through precomputed
  /// keys; the key, compared only to break ties, by its text.
  private static func sortedRows(
    _ columns: [Column], type recordType: Schema.RecordType, accepted: [Bool]
  ) -> [Int] {
    if recordType.orderBy.count == 1,
      case .dates(let days) = columns[recordType.orderBy[0]].storage,
      let byDay = Self.byDay(days, key: columns[recordType.key], keeping: accepted)
    {
      return byDay
    }
    let keyRank = Self.textRanks(columns[recordType.key])
    if recordType.orderBy.isEmpty { return Self.byRank(keyRank, keeping: accepted) }
    let kept = accepted.indices.filter { accepted[$0] }
    let keys = recordType.orderBy.map { columns[$0].sortKeys() }
    return kept.sorted { lhs, rhs in
      for key in keys where key[lhs] != key[rhs] { return key[lhs] < key[rhs] }
      let (a, b) = (keyRank[lhs], keyRank[rhs])
      return a != b ? a < b : lhs < rhs
    }
  }

  /// The accepted rows in the order of their ranks (-1 first), rows of one rank in row order:
  /// a counting sort, since ranks are small integers (each key's place among the keys).
  static func byRank(_ ranks: [Int32], keeping accepted: [Bool]) -> [Int] {
    let buckets = (ranks.max().map { Int($0) } ?? -1) + 2
    // starts[b + 1] counts bucket b (rank b - 1), then becomes where bucket b + 1 starts.
    var starts = [Int](repeating: 0, count: buckets + 1)
    for (row, rank) in ranks.enumerated() where accepted[row] { starts[Int(rank) + 2] += 1 }
    for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
    var sorted = [Int](repeating: 0, count: starts[buckets])
    for (row, rank) in ranks.enumerated() where accepted[row] {
      sorted[starts[Int(rank) + 1]] = row
      starts[Int(rank) + 1] += 1
    }
    return sorted
  }
}

/// Typed columns handed over one at a time to the workers that put them in order, each
/// dropped here as it is taken, so that no column is held twice for long.
private final class ColumnHandoff: @unchecked Sendable {
  private var columns: [[Column]]
  private let lock = NSLock()

  init(_ columns: consuming [[Column]]) { self.columns = columns }

  /// A type's column, taken (an empty column is left in its place).
  func take(_ type: Int, _ field: Int) -> Column {
    lock.lock()
    defer { lock.unlock() }
    let column = columns[type][field]
    columns[type][field] = Column(storage: .dates([]))
    return column
  }
}
