/// Turns typed columns into a `Dataset`: keeps the accepted rows, sorts each type by its order,
/// resolves references to rows and builds the lists of referring records.
struct DatasetAssembler {
  let schema: Schema

  /// Assembles; `accepted[type][row]` says which rows to keep. References to keys that are not
  /// kept become empty, so callers check references first. `incompleteCases[type]` names the
  /// cases that lost records of the type. The columns are consumed: each is freed once its rows
  /// are put in order (a column already in order is kept as it is, not copied).
  func assemble(
    _ columns: consuming [[Column]], accepted: [[Bool]], provided: [Bool],
    providedFields: [[Bool]]? = nil, incompleteCases: [Set<String>] = []
  ) -> Dataset {
    // Consumed here, so the typed columns are freed as soon as they are in order.
    let ordered = Self.ordered(consume columns, accepted: accepted, schema: schema)
    // Each key's row: through the key column's lookup (text to code) and code to row.
    var keyIndex: [(lookup: [String: Int32], rowOfCode: [Int32])] = []
    for (type, recordType) in schema.types.enumerated() {
      let keyColumn = ordered[type][recordType.key]
      guard case .strings(let codes, let table) = keyColumn.storage else {
        keyIndex.append(([:], []))
        continue
      }
      var rowOfCode = [Int32](repeating: -1, count: table.count)
      for (row, code) in codes.enumerated() where code >= 0 && rowOfCode[Int(code)] < 0 {
        rowOfCode[Int(code)] = Int32(row)
      }
      let lookup =
        keyColumn.lookup
        ?? Dictionary(table.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
      keyIndex.append((lookup, rowOfCode))
    }
    var tables: [Dataset.Table] = []
    for (type, recordType) in schema.types.enumerated() {
      let count = ordered[type].first?.count ?? 0
      let references: [[Int32]] = recordType.fields.enumerated().map { field, definition in
        guard let target = definition.target,
          case .strings(let codes, let table) = ordered[type][field].storage
        else { return [] }
        // Resolve each distinct key once, then map the codes.
        let (lookup, rowOfCode) = keyIndex[target]
        let rowsByCode = table.map { text in lookup[text].map { rowOfCode[Int($0)] } ?? -1 }
        return codes.map { $0 < 0 ? -1 : rowsByCode[Int($0)] }
      }
      tables.append(Dataset.Table(columns: ordered[type], references: references, count: count))
    }
    let lists = schema.relations.map { relation in
      var list = [[Int32]](repeating: [], count: tables[relation.target].count)
      for (row, target) in tables[relation.source].references[relation.field].enumerated()
      where target >= 0 {
        list[Int(target)].append(Int32(row))
      }
      return list
    }
    let caseRows = keyIndex[schema.caseType]
    let incomplete = incompleteCases.map { keys in
      Set(keys.compactMap { key in caseRows.lookup[key].map { caseRows.rowOfCode[Int($0)] } })
    }
    return Dataset(
      schema: schema, tables: tables, lists: lists, provided: provided,
      providedFields: providedFields, incomplete: incomplete)
  }

  /// Each type's accepted rows in its order, on every core. Order fields are compared through
  /// precomputed keys; the key, compared only to break ties, by its text.
  private static func ordered(
    _ columns: [[Column]], accepted: [[Bool]], schema: Schema
  ) -> [[Column]] {
    ParallelMap.map(schema.types.count) { type -> [Column] in
      let recordType = schema.types[type]
      let rows = columns[type].first.map { 0..<$0.count } ?? 0..<0
      let keyRank = Self.textRanks(columns[type][recordType.key])
      guard !recordType.orderBy.isEmpty else {
        let sorted = Self.byRank(keyRank, keeping: accepted[type])
        return Self.reordered(columns[type], sorted)
      }
      if recordType.orderBy.count == 1,
        case .dates(let days) = columns[type][recordType.orderBy[0]].storage,
        let sorted = Self.byDay(days, ranks: keyRank, keeping: accepted[type])
      {
        return Self.reordered(columns[type], sorted)
      }
      let kept = rows.filter { accepted[type][$0] }
      let keys = recordType.orderBy.map { columns[type][$0].sortKeys() }
      let sorted = kept.sorted { lhs, rhs in
        for key in keys where key[lhs] != key[rhs] { return key[lhs] < key[rhs] }
        let (a, b) = (keyRank[lhs], keyRank[rhs])
        return a != b ? a < b : lhs < rhs
      }
      return Self.reordered(columns[type], sorted)
    }
  }

  /// The columns' cells in a new order; when it is the order they have, their cells as they
  /// are (shared, not copied), lookups kept as `Column.reordered` keeps them.
  private static func reordered(_ columns: [Column], _ rows: [Int]) -> [Column] {
    let count = columns.first?.count ?? 0
    guard rows.count == count && rows.indices.allSatisfy({ rows[$0] == $0 }) else {
      return columns.map { $0.reordered(rows) }
    }
    return columns.map { column in
      guard case .strings = column.storage else { return Column(storage: column.storage) }
      return column
    }
  }

  /// Each row's place in the byte order of its column's texts (-1 for empty, which sorts
  /// first, as the empty text would): the texts are sorted once by their first 16 bytes, in
  /// full only where those tie, so the rows sort on integers.
  static func textRanks(_ column: Column) -> [Int32] {
    guard case .strings(let codes, let table) = column.storage else {
      return Array(repeating: -1, count: column.count)
    }
    let prefixes = table.map { text -> (UInt64, UInt64) in
      var text = text
      return text.withUTF8 { bytes in
        var words: (UInt64, UInt64) = (0, 0)
        for offset in 0..<min(16, bytes.count) {
          let byte = UInt64(bytes[offset])
          let shift = UInt64(56 - 8 * (offset % 8))
          if offset < 8 { words.0 |= byte << shift } else { words.1 |= byte << shift }
        }
        return words
      }
    }
    let order = table.indices.sorted { a, b in
      if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
      return table[a].utf8.lexicographicallyPrecedes(table[b].utf8)
    }
    var rankOfCode = [Int32](repeating: 0, count: table.count)
    for (rank, code) in order.enumerated() { rankOfCode[code] = Int32(rank) }
    return codes.map { $0 < 0 ? -1 : rankOfCode[Int($0)] }
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
    packed.sort()
    return packed.map { Int(rowOfRank[Int($0 & 0xFFFF_FFFF)]) }
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
