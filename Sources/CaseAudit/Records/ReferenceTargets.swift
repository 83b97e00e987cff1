/// The row each reference names, before the rows are put in order: every distinct text of a
/// reference column looked up once among its target's keys, so the reference check and the
/// dataset's references read integers, and no key is hashed as a `String` twice.
struct ReferenceTargets {
  /// `rows[type][field][code]`: the target row of the field's text with that code, or -1 when
  /// no record of the target has it as key; empty for fields that are not references as text.
  private(set) var rows: [[[Int32]]]

  /// Looks up every reference field's texts among the keys of the columns (in field order per
  /// type, rows as typed), each field on its own core.
  init(schema: Schema, columns: [[Column]]) {
    let targets = Set(schema.types.flatMap { $0.fields.compactMap(\.target) }).sorted()
    let records = columns.reduce(0) { $0 + ($1.first?.count ?? 0) }
    let parallel = records >= DatasetAssembler.parallelRecords
    let found = ParallelMap.map(targets.count, parallel: parallel) { index in
      KeyRows(schema.types[targets[index]].key, of: columns[targets[index]])
    }
    var keys: [KeyRows?] = Array(repeating: nil, count: schema.types.count)
    for (index, target) in targets.enumerated() { keys[target] = found[index] }
    let known = keys
    let fields = schema.types.indices.flatMap { type in
      schema.types[type].fields.indices.compactMap { field in
        schema.types[type].fields[field].target.map { (type: type, field: field, target: $0) }
      }
    }
    let looked = ParallelMap.map(fields.count, parallel: parallel) { index in
      let (type, field, target) = fields[index]
      return Self.targets(of: columns[type], field, known[target]!)
    }
    rows = schema.types.map { recordType in Array(repeating: [], count: recordType.fields.count) }
    for (index, field) in fields.enumerated() { rows[field.type][field.field] = looked[index] }
  }

  /// Looks up one field's texts again, after its column changed (periods given to reviews).
  mutating func refresh(type: Int, field: Int, schema: Schema, columns: [[Column]]) {
    guard let target = schema.types[type].fields[field].target else { return }
    let keys = KeyRows(schema.types[target].key, of: columns[target])
    rows[type][field] = Self.targets(of: columns[type], field, keys)
  }

  /// Each text's target row, by code.
  private static func targets(of columns: [Column], _ field: Int, _ keys: KeyRows) -> [Int32] {
    guard columns.indices.contains(field), case .strings(_, let texts) = columns[field].storage
    else { return [] }
    return keys.rows(of: texts)
  }
}

/// The row of each key of a type, before ordering: the first row holding each key code, found
/// from a text through the column's interner when the import kept it (hashing its bytes),
/// else through a dictionary of its texts (datasets built from values, which are small).
struct KeyRows {
  private let index: ByteInterner?
  private let codes: [String: Int32]
  private let rowOfCode: [Int32]

  /// The keys of a type's columns (none when the key is not text).
  init(_ key: Int, of columns: [Column]) {
    guard columns.indices.contains(key), case .strings(let cells, let table) = columns[key].storage
    else {
      (index, codes, rowOfCode) = (nil, [:], [])
      return
    }
    var rowOfCode = [Int32](repeating: -1, count: table.count)
    for (row, code) in cells.enumerated() where code >= 0 && rowOfCode[Int(code)] < 0 {
      rowOfCode[Int(code)] = Int32(row)
    }
    self.rowOfCode = rowOfCode
    let index = columns[key].keyIndex
    self.index = index
    codes =
      index != nil
      ? [:]
      : Dictionary(table.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
  }

  /// The row of each text's key, or -1. A reference column's texts mostly come in the order
  /// of its target's keys (both files by child), so each is first tried against the key after
  /// the previous one found, by its bytes, before it is hashed and looked up.
  func rows(of texts: [String]) -> [Int32] {
    guard let index else { return texts.map { row(of: $0) } }
    var guess: Int32 = 0
    return [Int32](count: texts.count) { position in
      var text = texts[position]
      return text.withUTF8 { bytes in
        // The key with exactly these bytes is the one they would be found as.
        let code =
          guess < index.count && index.has(guess, bytes: bytes) ? guess : index.find(bytes)
        guard let code, rowOfCode.indices.contains(Int(code)) else { return -1 }
        guess = code + 1
        return rowOfCode[Int(code)]
      }
    }
  }

  /// The row whose key is a text, or -1 when none is.
  func row(of key: String) -> Int32 {
    let code: Int32?
    if let index {
      var key = key
      code = key.withUTF8 { index.find($0) }
    } else {
      code = codes[key]
    }
    guard let code, rowOfCode.indices.contains(Int(code)) else { return -1 }
    return rowOfCode[Int(code)]
  }
}
