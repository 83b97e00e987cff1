/// The records of one chunk of a file, typed: the cells of those whose every value read, and
/// what joining the chunks needs of every record (its row, its key as written, its owner when
/// it may be left out). Keys are checked unique only when the chunks are joined, in file order.
struct TypedChunk: Sendable {
  /// One builder per field (texts told apart by their bytes), a cell per typed record.
  var fields: [ByteColumnBuilder]
  /// The number of typed records.
  var count = 0
  /// Each well-formed record's row number.
  var numbers: [Int32] = []
  /// Each well-formed record's row in `fields`, or -1 when a value did not read.
  var typed: [Int32] = []
  /// Each well-formed record's key as written (trimmed), one after another.
  var keys: [UInt8] = []
  /// Where each record's key ends in `keys`.
  var keyEnds: [Int] = []
  /// Each record's `ByteInterner.hash` of its key, computed here so that the join, which runs
  /// on one thread, does not hash the file's keys again.
  var keyHashes: [UInt64] = []
  /// Whether `fields` holds no cells for the key (an empty builder in its place): its texts
  /// are the keys as written, which the join numbers from `keys` without a second copy.
  var keyCellsOmitted = false
  /// The owner text (`child_id`) of each record whose values did not read, in order; nil when
  /// the file lacks the owner column.
  var failedOwners: [String?] = []
  /// In a mapped export, each typed record's owner text as written (its cell may be mapped).
  var typedOwners: [String?] = []
  /// Records not typed because the file lacks a required column.
  var skipped = 0
  /// What scanning the chunk found.
  var scan = CSVReader.ChunkScan()
  /// The problems of the cells, in order.
  var problems: [Diagnostic] = []
}

extension TableTyper {
  /// Types the records of one chunk of a prepared file: a field at a time when every cell
  /// reads without a problem, as in most chunks, else a record at a time.
  func type(_ table: PreparedTable, chunk index: Int) -> TypedChunk {
    typeByField(table, chunk: index) ?? typeByRecord(table, chunk: index)
  }

  /// Types the records of one chunk a record at a time, wording each cell's problem in turn.
  func typeByRecord(_ table: PreparedTable, chunk index: Int) -> TypedChunk {
    let recordType = schema.types[type]
    let chunk = table.chunks[index]
    var result = TypedChunk(
      fields: recordType.fields.map {
        ByteColumnBuilder(for: $0.type, capacity: chunk.records, byBytes: true)
      })
    guard let columns = table.columns else { return result }
    let keyColumn = columns[recordType.key]
    let ownerColumn = schema.ownerField(of: type).flatMap { columns[$0] }
    let plans = recordType.fields.map { CellPlan($0.type, mapped: mapping != nil) }
    let required = recordType.fields.indices.map { isRequired($0) }
    var cells = [TypedCell](repeating: .empty, count: recordType.fields.count)
    var values = [Value](repeating: .null, count: recordType.fields.count)
    result.numbers.reserveCapacity(chunk.records)
    result.typed.reserveCapacity(chunk.records)
    result.keyEnds.reserveCapacity(chunk.records)
    result.keyHashes.reserveCapacity(chunk.records)
    // Every key is a field's bytes, trimmed, and so no longer than the chunk: its bytes are
    // written into room made once (no growing), and the rest cut off at the end.
    var keys = [UInt8](repeating: 0, count: keyColumn == nil ? 0 : chunk.end - chunk.start)
    var keyBytes = 0
    var fields = result.fields
    result.fields = []
    let path = table.path
    let emptyKeyHash = ByteInterner.hash(UnsafeBufferPointer(start: nil, count: 0))
    let scan = fields.withUnsafeMutableBufferPointer { fields in
      cells.withUnsafeMutableBufferPointer { cells in
        keys.withUnsafeMutableBufferPointer { keys in
          CSVReader().scan(table.file, chunk, path: path) { row in
            if table.skipAll {
              result.skipped += 1
              return
            }
            var keyHash = emptyKeyHash
            if let keyColumn {
              let key = CellPlan.trimmed(row[keyColumn])
              keyHash = ByteInterner.hash(key)
              // Safe: the keys so far and this one are no longer than the chunk (see above).
              if let source = key.baseAddress, let target = keys.baseAddress {
                (target + keyBytes).update(from: source, count: key.count)
              }
              keyBytes += key.count
            }
            result.keyEnds.append(keyBytes)
            result.keyHashes.append(keyHash)
            result.numbers.append(Int32(row.number))
            let ok = typeCells(
              row, columns, plans, required, path, cells, &values, &result.problems)
            let owner = {
              ownerColumn.map { String(decoding: CellPlan.trimmed(row[$0]), as: UTF8.self) }
            }
            guard ok else {
              result.typed.append(-1)
              result.failedOwners.append(owner())
              return
            }
            result.typed.append(Int32(result.count))
            result.count += 1
            if mapping != nil { result.typedOwners.append(owner()) }
            for index in 0..<cells.count {
              switch cells[index] {
              case .empty: fields[index].appendEmpty()
              case .day(let day): fields[index].append(day: day)
              case .text(let text): fields[index].append(text: text)
              case .flag(let flag): fields[index].append(.bool(flag))
              case .value: fields[index].append(values[index])
              }
            }
          }
        }
      }
    }
    keys.removeLast(keys.count - keyBytes)
    result.keys = keys
    result.fields = fields
    result.scan = scan
    return result
  }
}
