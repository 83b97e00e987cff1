/// Reads, when scoring moves to a case, the cells of the case's records that the rules read,
/// in one tight loop, so that the rules then find them in the processor's cache.
///
/// A child's reviews and notes lie far apart in their tables (which are ordered by date), so
/// at national scale nearly every field a rule reads is a cache miss; read one at a time by
/// the compiled expressions, the misses wait one after another. Read here, in a loop of
/// independent loads, they overlap. What the rules compute is unchanged: this only reads.
struct CasePrefetch: Sendable {
  /// A list of the case's records and the cells read of each.
  struct Relation: Sendable {
    /// The relation's index in the schema.
    var relation: Int
    /// The referring type.
    var source: Int
    /// The fields whose values the rules read.
    var fields: [Int]
    /// The reference fields the rules follow.
    var references: [Int]
  }

  /// The case type's lists whose records the rules read, with the fields read.
  let relations: [Relation]

  /// Whether the keys read are read with their texts: the ids that name items in findings.
  let keyTexts: Bool

  /// The prefetch for scoring `rules` over data following `schema`; with `keys`, the key of
  /// each record of a list read is read too, text and all, for findings that name items.
  init(rules: [Rule], schema: Schema, keys: Bool = false) {
    var read: [Int: Set<Int>] = [:]
    for rule in rules {
      for field in rule.reads { read[field.type, default: []].insert(field.field) }
    }
    keyTexts = keys
    relations = schema.relations.indices.compactMap { index in
      let relation = schema.relations[index]
      guard relation.target == schema.caseType, var fields = read[relation.source] else {
        return nil
      }
      let type = schema.types[relation.source]
      if keys { fields.insert(type.key) }
      let sorted = fields.sorted()
      let isReference = { (field: Int) in type.fields[field].target != nil }
      return Relation(
        relation: index, source: relation.source,
        fields: sorted.filter { !isReference($0) }, references: sorted.filter(isReference))
    }
  }

  /// Reads the cells of the case at `row`; the sum returned means nothing, but kept (in
  /// `Frame.prefetched`) it keeps the optimiser from dropping the reads.
  func read(_ data: Dataset, caseRow row: Int) -> Int32 {
    var sum: Int32 = 0
    for relation in relations where data.provided.isEmpty || data.provided[relation.source] {
      let rows = data.lists[relation.relation][row]
      let table = data.tables[relation.source]
      for field in relation.fields {
        sum &+= Self.read(table.columns[field], rows)
      }
      if keyTexts {
        let key = data.schema.types[relation.source].key
        guard case .strings(let codes, let texts) = table.columns[key].storage else { continue }
        for row in rows where codes[Int(row)] >= 0 {
          sum &+= Int32(truncatingIfNeeded: texts[Int(codes[Int(row)])].utf8.count)
        }
      }
      for field in relation.references {
        let targets = table.references[field]
        guard !targets.isEmpty else { continue }
        for item in rows { sum &+= targets[Int(item)] }
      }
    }
    return sum
  }

  private static func read(_ column: Column, _ rows: ArraySlice<Int32>) -> Int32 {
    var sum: Int32 = 0
    switch column.storage {
    case .dates(let cells): for row in rows { sum &+= cells[Int(row)] }
    case .ints(let cells): for row in rows { sum &+= Int32(truncatingIfNeeded: cells[Int(row)]) }
    case .decimals(let cells): for row in rows where cells[Int(row)] > 0 { sum &+= 1 }
    case .bools(let cells): for row in rows { sum &+= Int32(cells[Int(row)]) }
    case .strings(let codes, _): for row in rows { sum &+= codes[Int(row)] }
    }
    return sum
  }
}
