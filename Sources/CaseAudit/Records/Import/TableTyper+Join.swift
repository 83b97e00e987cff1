extension TableTyper {
  /// Joins the typed chunks of a file in order: keys checked unique over the whole file (the
  /// first record with a key keeps it), texts interned in the order of the records kept, so the
  /// table and its diagnostics are those of one pass over the file.
  func join(
    _ table: PreparedTable, _ chunks: [TypedChunk], diagnostics: inout [Diagnostic]
  ) -> TypedTable {
    let recordType = schema.types[type]
    var result = TypedTable(path: table.path, provided: true)
    let summary = table.file.finished(chunks.map(\.scan), path: table.path)
    var problems = table.problems
    for chunk in chunks { problems.append(contentsOf: chunk.problems) }
    let typedCount = chunks.reduce(0) { $0 + $1.count }
    var key = ColumnJoin(recordType.fields[recordType.key].type, chunks, recordType.key, typedCount)
    // Without a mapping, a key cell is the key as written, so it is interned once for both.
    let keyIsCell = mapping == nil && key.builder.isText
    let keyName = recordType.fields[recordType.key].name
    let keyColumn = (table.columns?[recordType.key] ?? 0) + 1
    let ownerField = schema.ownerField(of: type)
    var kept = chunks.map { _ in [Int32]() }
    result.rowNumbers.reserveCapacity(typedCount)
    for (index, chunk) in chunks.enumerated() {
      result.rejected += chunk.skipped
      kept[index].reserveCapacity(chunk.count)
      var failed = 0
      chunk.keys.withUnsafeBufferPointer { keys in
        var start = 0
        for record in chunk.numbers.indices {
          let bytes = UnsafeBufferPointer(rebasing: keys[start..<chunk.keyEnds[record]])
          start = chunk.keyEnds[record]
          let number = Int(chunk.numbers[record])
          let row = chunk.typed[record]
          if row < 0 { failed += 1 }
          var first: Int?
          if keyIsCell && row >= 0 && !bytes.isEmpty && result.rejectedKeys.isEmpty {
            let (code, inserted) = key.builder.insert(bytes)
            if inserted {
              key.builder.append(code: code)
            } else {
              first = Int(result.rowNumbers[Int(code)])
            }
          } else {
            let earlier = key.builder.code(of: bytes).map { Int(result.rowNumbers[Int($0)]) }
            if !bytes.isEmpty {
              let text = String(decoding: bytes, as: UTF8.self)
              first = earlier ?? (result.rejectedKeys.isEmpty ? nil : result.rejectedKeys[text])
            }
            if first == nil && row < 0 {
              let text = String(decoding: bytes, as: UTF8.self)
              result.rejected += 1
              if let owner = chunk.failedOwners[failed - 1] {
                result.rejectedOwners.append((text, owner))
              }
              if !bytes.isEmpty { result.rejectedKeys[text] = number }
              continue
            }
            if first == nil { key.append(chunk: index, row: row) }
          }
          if let first {
            let location = SourceLocation(file: table.path, line: number, column: keyColumn)
            problems.append(
              .error(
                "duplicate \(keyName) '\(String(decoding: bytes, as: UTF8.self))'"
                  + " (first at row \(first))", at: location, kind: "duplicate key"))
            result.rejected += 1
            let owner =
              row < 0
              ? chunk.failedOwners[failed - 1]
              : mapping != nil
                ? chunk.typedOwners[Int(row)]
                : ownerField.flatMap { chunk.fields[$0].text(Int(row)) }
            if let owner { result.rejectedOwners.append(("", owner)) }
            continue
          }
          kept[index].append(row)
          result.rowNumbers.append(Int32(number))
        }
      }
    }
    diagnostics.append(contentsOf: summary.diagnostics)
    diagnostics.append(contentsOf: problems)
    result.rejected += summary.rejectedRows
    // A file with no header, or without a required column, loads no rows: its records are not
    // known to be absent, so they are not provided (references into it are unknown, not
    // dangling), as for a missing file.
    if table.columns == nil || table.skipAll { result.provided = false }
    result.fileColumns = table.columns ?? []
    result.columns = recordType.fields.indices.map { field in
      if field == recordType.key { return key.builder.build(keepingLookup: true) }
      var column = ColumnJoin(recordType.fields[field].type, chunks, field, result.count)
      for (index, rows) in kept.enumerated() {
        for row in rows { column.append(chunk: index, row: row) }
      }
      return column.builder.build()
    }
    return result
  }
}

/// One field's column gathered from the typed chunks, record by record in the order kept: a
/// chunk's text numbers are mapped to the column's as each text is first kept.
private struct ColumnJoin {
  var builder: ByteColumnBuilder
  private let chunks: [ByteColumnBuilder]
  /// Per chunk, its day numbers, or its text numbers (read without copying its builder).
  private let days: [[Int32]]
  private let codes: [[Int32]]
  /// Per chunk, its text numbers' numbers in the column (-1 until kept).
  private var numbers: [[Int32]]
  /// Per chunk, the cells read as values, for a column of numbers or booleans.
  private let values: [Column]

  init(_ type: FieldType, _ chunks: [TypedChunk], _ field: Int, _ capacity: Int) {
    builder = ByteColumnBuilder(for: type, capacity: capacity)
    self.chunks = chunks.map { $0.fields[field] }
    days = self.chunks.map(\.days)
    codes = self.chunks.map(\.codes)
    let isText = builder.isText
    let isGeneral = !isText && !builder.isDate
    numbers = self.chunks.map { isText ? [Int32](repeating: -1, count: $0.textCount) : [] }
    values = isGeneral ? self.chunks.map { $0.generalColumn() } : []
  }

  /// Appends the cell of a chunk's typed row.
  @inline(__always)
  mutating func append(chunk index: Int, row: Int32) {
    let row = Int(row)
    if builder.isDate {
      builder.append(day: days[index][row])
    } else if builder.isText {
      let local = codes[index][row]
      guard local >= 0 else { return builder.append(code: -1) }
      var code = numbers[index][Int(local)]
      if code < 0 {
        code = chunks[index].withText(local) { builder.code(interning: $0) }
        numbers[index][Int(local)] = code
      }
      builder.append(code: code)
    } else {
      builder.append(values[index][row])
    }
  }
}
