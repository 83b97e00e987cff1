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
      return (ordered, codes.map { $0 < 0 ? -1 : rowsByCode[Int($0)] })
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
      let references = tables[relation.source].references[relation.field]
      // The referring rows grouped by target in one flat array (a counting sort, rows in
      // order within each target), then each target's list copied out of it whole.
      var starts = [Int](repeating: 0, count: tables[relation.target].count + 1)
      for target in references where target >= 0 { starts[Int(target) + 1] += 1 }
      for target in starts.indices.dropFirst() { starts[target] += starts[target - 1] }
      var flat = [Int32](repeating: 0, count: starts.last ?? 0)
      var next = starts
      for (row, target) in references.enumerated() where target >= 0 {
        flat[next[Int(target)]] = Int32(row)
        next[Int(target)] += 1
      }
      return (0..<starts.count - 1).map { Array(flat[starts[$0]..<starts[$0 + 1]]) }
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
      for (position, row) in sorted.enumerated() {
        newRows[row] = Int32(position)
        isIdentity = isIdentity && row == position
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

  /// The accepted rows by a date column's days (empty last), then by their keys' texts, as
  /// the general sort orders them: day and row packed into one integer per row, so the rows
  /// sort as integers, and only rows of one day compared by their keys (a day's few, not
  /// every key of the type). Nil when that cannot give the same order: a row without a key,
  /// two rows with one key, a day at the very end of `Int32`'s range.
  static func byDay(_ days: [Int32], key: Column, keeping accepted: [Bool]) -> [Int]? {
    guard case .strings(let codes, let table) = key.storage else { return nil }
    var packed: [UInt64] = []
    packed.reserveCapacity(days.count)
    var seen = [Bool](repeating: false, count: table.count)
    for row in days.indices where accepted[row] {
      let (day, code) = (days[row], Int(codes[row]))
      guard day != .max, code >= 0, !seen[code] else { return nil }
      seen[code] = true
      // The sign bit flipped orders days as unsigned numbers; an empty day sorts last.
      let high = day == .min ? UInt64(UInt32.max) : UInt64(UInt32(bitPattern: day) ^ 0x8000_0000)
      packed.append(high << 32 | UInt64(row))
    }
    let sorted = RadixSort.sorted(packed)
    let texts = KeyTexts(table: table, index: key.keyIndex)
    var rows: [Int] = []
    rows.reserveCapacity(sorted.count)
    var run: [TextPrefix] = []
    var start = 0
    while start < sorted.count {
      var end = start + 1
      while end < sorted.count && sorted[end] >> 32 == sorted[start] >> 32 { end += 1 }
      if end - start == 1 {
        rows.append(Int(sorted[start] & 0xFFFF_FFFF))
      } else {
        run.removeAll(keepingCapacity: true)
        for packed in sorted[start..<end] {
          let row = Int32(truncatingIfNeeded: packed & 0xFFFF_FFFF)
          run.append(TextPrefix(texts.prefixes[Int(codes[Int(row)])], tag: row))
        }
        texts.sort(&run[...]) { codes[Int($0)] }
        rows.append(contentsOf: run.lazy.map { Int($0.tag) })
      }
      start = end
    }
    return rows
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
