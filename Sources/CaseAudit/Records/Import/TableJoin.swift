/// A file's typed chunks joined in order, one at a time, each dropped once added: keys checked
/// unique over the whole file (the first record with a key keeps it), texts interned in the
/// order of the records kept, so the table and its diagnostics are those of one pass over the
/// file, whatever the chunks. It holds none of the file's bytes.
struct TableJoin: Sendable {
  private let typer: TableTyper
  private let path: String
  /// For each field, the file column it comes from; nil when the file has no header.
  private let columns: [Int?]?
  private let skipAll: Bool
  /// What the file's start showed, and whether its bytes were decoded.
  private let start: CSVReader.ScanSummary
  private let readable: Bool
  /// Without a mapping, a key cell is the key as written, so it is interned once for both.
  private let keyIsCell: Bool
  private let keyName: String
  private let keyColumn: Int
  private let ownerField: Int?

  private var result: TypedTable
  /// One builder per field (the key's among them), a cell per record kept.
  private var builders: [ByteColumnBuilder]
  private var scans: [CSVReader.ChunkScan] = []
  /// The header's problems, then the cells', in order.
  private var problems: [Diagnostic]
  /// Duplicate keys, in order (after every cell's problem, as one pass reports them).
  private var duplicates: [Diagnostic] = []

  /// A join of the chunks of a file read up to its header (its bytes are not kept).
  init(_ typer: TableTyper, _ table: TableTyper.PreparedTable) {
    let recordType = typer.schema.types[typer.type]
    self.typer = typer
    path = table.path
    columns = table.columns
    skipAll = table.skipAll
    start = table.file.summary
    readable = table.file.readable
    problems = table.problems
    let capacity = table.chunks.reduce(0) { $0 + $1.records }
    builders = recordType.fields.map { ByteColumnBuilder(for: $0.type, capacity: capacity) }
    keyIsCell = typer.mapping == nil && builders[recordType.key].isText
    keyName = recordType.fields[recordType.key].name
    keyColumn = (table.columns?[recordType.key] ?? 0) + 1
    ownerField = typer.schema.ownerField(of: typer.type)
    result = TypedTable(path: table.path, provided: true)
    result.rowNumbers.reserveCapacity(capacity)
  }

  /// How many records' key slots are read at a time, ahead of them (see
  /// `ByteInterner.prefetch`).
  fileprivate static let readAhead = 16

  /// Adds the next chunk in file order.
  mutating func add(_ chunk: TypedChunk) {
    let key = typer.schema.types[typer.type].key
    result.rejected += chunk.skipped
    scans.append(chunk.scan)
    problems.append(contentsOf: chunk.problems)
    var keyCells = ChunkCells(chunk.fields[key], isText: builders[key].isText)
    var kept: [Int32] = []
    kept.reserveCapacity(chunk.count)
    var failed = 0
    chunk.keys.withUnsafeBufferPointer { keys in
      // Every record typed, with a key, and none rejected before: the keys are numbered in
      // one go (each the number `insert` would give it, negative when already there).
      let numbered =
        keyIsCell && result.rejectedKeys.isEmpty && chunk.count == chunk.numbers.count
          && !Self.hasEmptyKey(chunk.keyEnds)
        ? builders[key].insertAll(keys, ends: chunk.keyEnds, hashes: chunk.keyHashes) : nil
      var start = 0
      for record in chunk.numbers.indices {
        let bytes = UnsafeBufferPointer(rebasing: keys[start..<chunk.keyEnds[record]])
        start = chunk.keyEnds[record]
        let number = Int(chunk.numbers[record])
        let row = chunk.typed[record]
        if row < 0 { failed += 1 }
        var first: Int?
        if keyIsCell && numbered == nil && record % Self.readAhead == 0 {
          builders[key].prefetch(chunk.keyHashes, record..<record + Self.readAhead)
        }
        if keyIsCell && row >= 0 && !bytes.isEmpty && result.rejectedKeys.isEmpty {
          let (code, inserted) =
            numbered.map { $0[record] < 0 ? (-1 - $0[record], false) : ($0[record], true) }
            ?? builders[key].insert(bytes, hash: chunk.keyHashes[record])
          if inserted {
            builders[key].append(code: code)
          } else {
            first = Int(result.rowNumbers[Int(code)])
            result.duplicatedRows.insert(Int32(code))
          }
        } else {
          let earlierCode = builders[key].code(of: bytes, hash: chunk.keyHashes[record])
          let earlier = earlierCode.map { Int(result.rowNumbers[Int($0)]) }
          if let earlierCode { result.duplicatedRows.insert(Int32(earlierCode)) }
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
          if first == nil {
            if !chunk.keyCellsOmitted {
              keyCells.append(row, to: &builders[key])
            } else if bytes.isEmpty {
              builders[key].append(code: -1)
            } else {
              let code = builders[key].code(interning: bytes, hash: chunk.keyHashes[record])
              builders[key].append(code: code)
            }
          }
        }
        if let first {
          let location = SourceLocation(file: path, line: number, column: keyColumn)
          duplicates.append(
            .error(
              "duplicate \(keyName) '\(String(decoding: bytes, as: UTF8.self))'"
                + " (first at row \(first)); no row with it is loaded", at: location,
              kind: "duplicate key"))
          result.rejected += 1
          let owner =
            row < 0
            ? chunk.failedOwners[failed - 1]
            : typer.mapping != nil
              ? chunk.typedOwners[Int(row)]
              : ownerField.flatMap { chunk.fields[$0].text(Int(row)) }
          if let owner { result.rejectedOwners.append(("", owner)) }
          continue
        }
        kept.append(row)
        result.rowNumbers.append(Int32(number))
      }
    }
    for field in builders.indices where field != key {
      var cells = ChunkCells(chunk.fields[field], isText: builders[field].isText)
      // With every typed record kept (no duplicate key), the cells go over whole.
      if kept.count == chunk.count {
        cells.appendAll(to: &builders[field])
      } else {
        for row in kept { cells.append(row, to: &builders[field]) }
      }
    }
  }

  /// Whether a record's key is empty (ends where the one before it ends).
  private static func hasEmptyKey(_ ends: [Int]) -> Bool {
    var start = 0
    for end in ends {
      if end == start { return true }
      start = end
    }
    return false
  }

  /// The file's table, and its problems in the order of one pass: the file's, the header's,
  /// the cells', the duplicate keys'.
  consuming func finish() -> (TypedTable, [Diagnostic]) {
    let recordType = typer.schema.types[typer.type]
    let summary = start.finished(scans, readable: readable, path: path)
    scans = []
    var result = self.result
    result.rejected += summary.rejectedRows
    // A file with no header, or without a required column, loads no rows: its records are not
    // known to be absent, so they are not provided (references into it are unknown, not
    // dangling), as for a missing file.
    if columns == nil || skipAll { result.provided = false }
    result.fileColumns = columns ?? []
    // Each builder (its interner) goes as soon as its column is built.
    var columns: [Column] = []
    while let builder = builders.popLast() {
      columns.append(builder.build(keepingLookup: builders.count == recordType.key))
    }
    result.columns = columns.reversed()
    return (result, summary.diagnostics + problems + duplicates)
  }
}

/// One field's cells in a typed chunk, read into the file's column: a chunk's text numbers are
/// mapped to the column's as each text is first kept.
private struct ChunkCells {
  private let cells: ByteColumnBuilder
  private let days: [Int32]
  private let codes: [Int32]
  /// The chunk's text numbers' numbers in the column (-1 until kept).
  private var numbers: [Int32]
  /// The cells read as values, for a column of numbers or booleans.
  private let values: Column?

  init(_ cells: ByteColumnBuilder, isText: Bool) {
    self.cells = cells
    days = cells.days
    codes = cells.codes
    numbers = isText ? [Int32](repeating: -1, count: cells.textCount) : []
    values = !isText && !cells.isDate ? cells.generalColumn() : nil
  }

  /// Appends the cells of every typed row, in order. A chunk numbers its texts in order of
  /// first appearance, so with every row kept, its texts are numbered in the column in their
  /// own order first, and each cell is then one read of `numbers`, not a branch per row.
  mutating func appendAll(to builder: inout ByteColumnBuilder) {
    if builder.isDate { return builder.append(days: days) }
    guard builder.isText else {
      guard let values else { return }
      for row in 0..<values.count { builder.append(values[row]) }
      return
    }
    if let numbered = builder.numbers(ofTextsOf: cells) {
      return builder.append(codes: codes, numberedBy: numbered)
    }
    for local in numbers.indices {
      if local % TableJoin.readAhead == 0 {
        builder.prefetch(textsOf: cells, local..<local + TableJoin.readAhead)
      }
      let hash = cells.hash(of: Int32(local))
      numbers[local] = cells.withText(Int32(local)) { builder.code(interning: $0, hash: hash) }
    }
    builder.append(codes: codes, numberedBy: numbers)
  }

  /// Appends the cell of a typed row to the column's builder.
  @inline(__always)
  mutating func append(_ row: Int32, to builder: inout ByteColumnBuilder) {
    let row = Int(row)
    if builder.isDate {
      builder.append(day: days[row])
    } else if builder.isText {
      let local = codes[row]
      guard local >= 0 else { return builder.append(code: -1) }
      var code = numbers[Int(local)]
      if code < 0 {
        let hash = cells.hash(of: local)
        code = cells.withText(local) { builder.code(interning: $0, hash: hash) }
        numbers[Int(local)] = code
      }
      builder.append(code: code)
    } else {
      builder.append(values![row])
    }
  }
}
