/// Turns typed columns into a `Dataset`: keeps the accepted rows, sorts each type by its order,
/// resolves references to rows and builds the lists of referring records.
struct DatasetAssembler {
  let schema: Schema

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
    // A copy (a retain) for the lookups, released before the columns are consumed.
    let (targets, caseKeys) = lookups(copy columns, given, incompleteCases)
    // Consumed here, so the typed columns are freed as soon as they are in order.
    let (ordered, sortedRows) = Self.ordered(consume columns, accepted: accepted, schema: schema)
    // Each typed row's row in order (-1 when not kept).
    let newRows = sortedRows.enumerated().map { type, sorted in
      var rows = [Int32](repeating: -1, count: accepted[type].count)
      for (position, row) in sorted.enumerated() { rows[row] = Int32(position) }
      return rows
    }
    var tables: [Dataset.Table] = []
    for (type, recordType) in schema.types.enumerated() {
      let count = ordered[type].first?.count ?? 0
      let references: [[Int32]] = recordType.fields.enumerated().map { field, definition in
        guard let target = definition.target,
          case .strings(let codes, _) = ordered[type][field].storage
        else { return [] }
        // Each distinct key's row once, then the codes mapped.
        let rowsByCode = targets.rows[type][field].map { $0 < 0 ? -1 : newRows[target][Int($0)] }
        return codes.map { $0 < 0 ? -1 : rowsByCode[Int($0)] }
      }
      tables.append(Dataset.Table(columns: ordered[type], references: references, count: count))
    }
    let lists = schema.relations.map { relation in
      let references = tables[relation.source].references[relation.field]
      // Each list sized once, rather than grown a row at a time.
      var counts = [Int](repeating: 0, count: tables[relation.target].count)
      for target in references where target >= 0 { counts[Int(target)] += 1 }
      var list = counts.map { count -> [Int32] in
        var rows: [Int32] = []
        rows.reserveCapacity(count)
        return rows
      }
      for (row, target) in references.enumerated() where target >= 0 {
        list[Int(target)].append(Int32(row))
      }
      return list
    }
    // A case named but not kept is -1 in its set, as it always was; it matches no case row.
    let incomplete = incompleteCases.map { keys in
      Set(
        keys.compactMap { key -> Int32? in
          let row = caseKeys?.row(of: key) ?? -1
          return row < 0 ? nil : newRows[schema.caseType][Int(row)]
        })
    }
    return Dataset(
      schema: schema, tables: tables, lists: lists, provided: provided,
      providedFields: providedFields, incomplete: incomplete)
  }

  /// The references' rows (unless given) and, when some cases are incomplete, the case keys.
  private func lookups(
    _ columns: [[Column]], _ given: ReferenceTargets?, _ incompleteCases: [Set<String>]
  ) -> (ReferenceTargets, KeyRows?) {
    let targets = given ?? ReferenceTargets(schema: schema, columns: columns)
    guard incompleteCases.contains(where: { !$0.isEmpty }) else { return (targets, nil) }
    return (targets, KeyRows(schema.types[schema.caseType].key, of: columns[schema.caseType]))
  }

  /// Each type's accepted rows in its order, on every core, with the typed row of each row in
  /// order. Order fields are compared through precomputed keys; the key, compared only to
  /// break ties, by its text.
  private static func ordered(
    _ columns: [[Column]], accepted: [[Bool]], schema: Schema
  ) -> (columns: [[Column]], rows: [[Int]]) {
    let types = ParallelMap.map(schema.types.count) { type -> ([Column], [Int]) in
      let recordType = schema.types[type]
      let rows = columns[type].first.map { 0..<$0.count } ?? 0..<0
      let keyRank = Self.textRanks(columns[type][recordType.key])
      let sorted: [Int]
      if recordType.orderBy.isEmpty {
        sorted = Self.byRank(keyRank, keeping: accepted[type])
      } else if recordType.orderBy.count == 1,
        case .dates(let days) = columns[type][recordType.orderBy[0]].storage,
        let byDay = Self.byDay(days, ranks: keyRank, keeping: accepted[type])
      {
        sorted = byDay
      } else {
        let kept = rows.filter { accepted[type][$0] }
        let keys = recordType.orderBy.map { columns[type][$0].sortKeys() }
        sorted = kept.sorted { lhs, rhs in
          for key in keys where key[lhs] != key[rhs] { return key[lhs] < key[rhs] }
          let (a, b) = (keyRank[lhs], keyRank[rhs])
          return a != b ? a < b : lhs < rhs
        }
      }
      return (Self.reordered(columns[type], sorted), sorted)
    }
    return (types.map(\.0), types.map(\.1))
  }

  /// The columns' cells in a new order; when it is the order they have, their cells as they
  /// are (shared, not copied). Key columns' interners are dropped: references are resolved.
  private static func reordered(_ columns: [Column], _ rows: [Int]) -> [Column] {
    let count = columns.first?.count ?? 0
    guard rows.count == count && rows.indices.allSatisfy({ rows[$0] == $0 }) else {
      return columns.map { $0.reordered(rows) }
    }
    return columns.map { Column(storage: $0.storage) }
  }

  /// Each row's place in the byte order of its column's texts (-1 for empty, which sorts
  /// first, as the empty text would): the texts are sorted once by their first 16 bytes,
  /// held beside each text's code so the sort reads no other array, and in full only where
  /// those tie; the rows then sort on integers.
  static func textRanks(_ column: Column) -> [Int32] {
    guard case .strings(let codes, let table) = column.storage else {
      return Array(repeating: -1, count: column.count)
    }
    var order = table.indices.map { code -> TextPrefix in
      var text = table[code]
      return text.withUTF8 { TextPrefix($0, code: Int32(code)) }
    }
    order.sort { a, b in
      if a.high != b.high { return a.high < b.high }
      if a.low != b.low { return a.low < b.low }
      return table[Int(a.code)].utf8.lexicographicallyPrecedes(table[Int(b.code)].utf8)
    }
    var rankOfCode = [Int32](repeating: 0, count: table.count)
    for (rank, entry) in order.enumerated() { rankOfCode[Int(entry.code)] = Int32(rank) }
    return codes.map { $0 < 0 ? -1 : rankOfCode[Int($0)] }
  }

  /// A text's first 16 bytes as two big-endian words (zero-padded), which order as the bytes.
  private struct TextPrefix {
    var high: UInt64 = 0
    var low: UInt64 = 0
    var code: Int32

    init(_ bytes: UnsafeBufferPointer<UInt8>, code: Int32) {
      self.code = code
      for offset in 0..<min(16, bytes.count) {
        let byte = UInt64(bytes[offset])
        let shift = UInt64(56 - 8 * (offset % 8))
        if offset < 8 { high |= byte << shift } else { low |= byte << shift }
      }
    }
  }

  /// The accepted rows by a date column's days (empty last), then by their keys' ranks, as
  /// the general sort orders them: day and rank packed into one integer per row, so the rows
  /// sort as integers, without a closure. Nil when that cannot give the same order: a row
  /// without a key, two rows with one key, a day at the very end of `Int32`'s range.
  static func byDay(_ days: [Int32], ranks: [Int32], keeping accepted: [Bool]) -> [Int]? {
    var packed: [UInt64] = []
    packed.reserveCapacity(days.count)
    var rowOfRank = [Int32](repeating: -1, count: days.count)
    for row in days.indices where accepted[row] {
      let (day, rank) = (days[row], Int(ranks[row]))
      guard day != .max, rank >= 0, rank < rowOfRank.count, rowOfRank[rank] < 0 else {
        return nil
      }
      rowOfRank[rank] = Int32(row)
      // The sign bit flipped orders days as unsigned numbers; an empty day sorts last.
      let high = day == .min ? UInt64(UInt32.max) : UInt64(UInt32(bitPattern: day) ^ 0x8000_0000)
      packed.append(high << 32 | UInt64(rank))
    }
    return RadixSort.sorted(packed).map { Int(rowOfRank[Int($0 & 0xFFFF_FFFF)]) }
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
