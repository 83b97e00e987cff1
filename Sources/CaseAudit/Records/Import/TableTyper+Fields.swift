/// Where one cell's bytes are in a file: an offset from its chunk's start, and a length.
struct CellSpan {
  var start: Int32
  var count: Int32
}

extension TableTyper {
  /// Types the records of one chunk a field at a time, when every cell of the chunk reads
  /// straight from its bytes without a problem; nil otherwise (a cell that is bad, empty but
  /// required, padded, read the general way, or quoted), and the chunk is typed a record at a
  /// time instead, which words each problem in the order of one pass. One tight loop per
  /// field keeps each field's interner in cache and decides each cell's way once per field.
  func typeByField(_ table: PreparedTable, chunk index: Int) -> TypedChunk? {
    let chunk = table.chunks[index]
    guard mapping == nil, !table.skipAll, let columns = table.columns,
      chunk.end - chunk.start < Int(Int32.max)
    else { return nil }
    let recordType = schema.types[type]
    let fieldCount = recordType.fields.count
    let capacity = chunk.records
    // The cells field after field, `capacity` per field, filled as the records are scanned.
    // Not zeroed first: a span is read only where the scan below wrote it (a record's field
    // that the file has), and a `CellSpan` holds plain integers.
    var spans = [CellSpan](unsafeUninitializedCapacity: fieldCount * capacity) {
      $1 = fieldCount * capacity
    }
    var numbers: [Int32] = []
    numbers.reserveCapacity(capacity)
    var fitted = true
    let base = chunk.start
    let scan = spans.withUnsafeMutableBufferPointer { spans in
      CSVReader().scan(table.file, chunk, path: table.path) { row in
        let record = numbers.count
        guard fitted, record < capacity else {
          fitted = false
          return
        }
        for field in 0..<fieldCount {
          guard let column = columns[field] else { continue }
          let span = row.spans[column]
          guard !span.inScratch else {
            fitted = false
            return
          }
          spans[field * capacity + record] = CellSpan(
            start: Int32(truncatingIfNeeded: span.start - base),
            count: Int32(truncatingIfNeeded: span.end - span.start))
        }
        numbers.append(Int32(row.number))
      }
    }
    guard fitted else { return nil }
    var result = TypedChunk(fields: [])
    result.count = numbers.count
    result.scan = scan
    let typed = table.file.scanner.bytes.withUnsafeBufferPointer { file in
      spans.withUnsafeBufferPointer { spans in
        let bytes = UnsafeBufferPointer(rebasing: file[base...])
        var fields: [ByteColumnBuilder] = []
        fields.reserveCapacity(fieldCount)
        let key = recordType.key
        // A key read as plain text is the key as written: the join numbers it from `keys`.
        result.keyCellsOmitted = columns[key] != nil && keyIsWritten
        for field in 0..<fieldCount {
          if field == key && result.keyCellsOmitted {
            fields.append(
              ByteColumnBuilder(for: recordType.fields[key].type, capacity: 0, byBytes: true))
            continue
          }
          let cells = UnsafeBufferPointer(
            rebasing: spans[field * capacity..<field * capacity + numbers.count])
          guard
            let builder = typeField(
              field, columns[field] == nil ? nil : cells, bytes, capacity: numbers.count)
          else { return false }
          fields.append(builder)
        }
        result.fields = fields
        if columns[key] != nil {
          let cells = UnsafeBufferPointer(
            rebasing: spans[key * capacity..<key * capacity + numbers.count])
          // An empty key that is required is worded a record at a time.
          guard keys(cells, bytes, declineEmpty: isRequired(key), into: &result) else {
            return false
          }
        } else {
          let empty = ByteInterner.hash(UnsafeBufferPointer(start: nil, count: 0))
          result.keyEnds = [Int](repeating: 0, count: numbers.count)
          result.keyHashes = [UInt64](repeating: empty, count: numbers.count)
        }
        return true
      }
    }
    guard typed else { return nil }
    result.typed = Array(0..<Int32(numbers.count))
    result.numbers = numbers
    return result
  }

  /// A field's cells typed into a builder, or nil when one must be read a record at a time;
  /// `cells` is nil when the file lacks the field's column (every cell empty).
  private func typeField(
    _ field: Int, _ cells: UnsafeBufferPointer<CellSpan>?, _ bytes: UnsafeBufferPointer<UInt8>,
    capacity: Int
  ) -> ByteColumnBuilder? {
    let fieldType = schema.types[type].fields[field].type
    var builder = ByteColumnBuilder(for: fieldType, capacity: capacity, byBytes: true)
    guard let cells else {
      for _ in 0..<capacity { builder.appendEmpty() }
      return builder
    }
    let required = isRequired(field)
    let ok: Bool
    switch CellPlan(fieldType, mapped: false) {
    case .date: ok = Self.days(cells, bytes, required: required, into: &builder)
    case .text: ok = Self.texts(cells, bytes, codes: nil, required: required, into: &builder)
    case .code(let codes):
      ok = Self.texts(cells, bytes, codes: codes, required: required, into: &builder)
    case .bool, .general: ok = values(field, cells, bytes, required: required, into: &builder)
    }
    return ok ? builder : nil
  }

  /// The bytes of a cell, untrimmed.
  @inline(__always)
  private static func raw(
    _ cell: CellSpan, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[Int(cell.start)..<Int(cell.start) + Int(cell.count)])
  }

  /// Types date cells by their day numbers; false at a cell that is not `YYYY-MM-DD` as it
  /// stands (padded, or read another way) or empty but required.
  private static func days(
    _ cells: UnsafeBufferPointer<CellSpan>, _ bytes: UnsafeBufferPointer<UInt8>,
    required: Bool, into builder: inout ByteColumnBuilder
  ) -> Bool {
    var days = [Int32](repeating: .min, count: cells.count)
    let ok = days.withUnsafeMutableBufferPointer { days in
      for (index, cell) in cells.enumerated() {
        let raw = raw(cell, bytes)
        if let day = CellPlan.day(raw) {
          days[index] = day
        } else if !CellPlan.trimmed(raw).isEmpty || required {
          return false
        }
      }
      return true
    }
    if ok { builder.append(days: days) }
    return ok
  }

  /// Types text cells (or codes, when `codes` are given) by their numbers; false at a cell
  /// that is not one of the codes or is empty but required.
  private static func texts(
    _ cells: UnsafeBufferPointer<CellSpan>, _ bytes: UnsafeBufferPointer<UInt8>,
    codes: CodeTable?, required: Bool, into builder: inout ByteColumnBuilder
  ) -> Bool {
    var numbers = [Int32](repeating: -1, count: cells.count)
    // Each code's number here once known: a code's bytes are always the same text.
    var numbered = [Int32](repeating: -1, count: codes?.count ?? 0)
    let ok = numbers.withUnsafeMutableBufferPointer { numbers in
      for (index, cell) in cells.enumerated() {
        let text = CellPlan.trimmed(raw(cell, bytes))
        if text.isEmpty {
          if required { return false }
          continue
        }
        guard let codes else {
          numbers[index] = builder.number(text: text)
          continue
        }
        guard let code = codes.index(of: text) else { return false }
        if numbered[code] < 0 { numbered[code] = builder.number(text: text) }
        numbers[index] = numbered[code]
      }
      return true
    }
    if ok { builder.append(codes: numbers) }
    return ok
  }

  /// Types cells read through `FieldType.value` (numbers) or as flags; false at one that does
  /// not read or is empty but required.
  private func values(
    _ field: Int, _ cells: UnsafeBufferPointer<CellSpan>, _ bytes: UnsafeBufferPointer<UInt8>,
    required: Bool, into builder: inout ByteColumnBuilder
  ) -> Bool {
    let schemaField = schema.types[type].fields[field]
    for cell in cells {
      let text = CellPlan.trimmed(Self.raw(cell, bytes))
      if text.isEmpty {
        if required { return false }
        builder.appendEmpty()
      } else if schemaField.type.base == .bool, let flag = CellPlan.flag(text) {
        builder.append(.bool(flag))
      } else if case .success(let value) = convert(
        String(decoding: text, as: UTF8.self), schemaField)
      {
        builder.append(value)
      } else {
        return false
      }
    }
    return true
  }

  /// Whether the key's cells are the keys as written (trimmed): a text read as it stands, not
  /// a code or a value, and not the owner (whose texts the join reads from the cells).
  private var keyIsWritten: Bool {
    let key = schema.types[type].key
    guard case .text = CellPlan(schema.types[type].fields[key].type, mapped: false) else {
      return false
    }
    return schema.ownerField(of: type) != key
  }

  /// Each record's key as written (trimmed), its end and its hash, as the join needs them;
  /// false, with the chunk left to be typed a record at a time, at an empty key when
  /// `declineEmpty`.
  private func keys(
    _ cells: UnsafeBufferPointer<CellSpan>, _ bytes: UnsafeBufferPointer<UInt8>,
    declineEmpty: Bool, into result: inout TypedChunk
  ) -> Bool {
    let total = cells.reduce(0) { $0 + Int($1.count) }
    var keys = [UInt8](repeating: 0, count: total)
    var ends = [Int](repeating: 0, count: cells.count)
    var hashes = [UInt64](repeating: 0, count: cells.count)
    var used = 0
    let complete = keys.withUnsafeMutableBufferPointer { keys in
      for (index, cell) in cells.enumerated() {
        let key = CellPlan.trimmed(
          UnsafeBufferPointer(
            rebasing: bytes[Int(cell.start)..<Int(cell.start) + Int(cell.count)]))
        if key.isEmpty && declineEmpty { return false }
        hashes[index] = ByteInterner.hash(key)
        if let source = key.baseAddress, let target = keys.baseAddress {
          (target + used).update(from: source, count: key.count)
        }
        used += key.count
        ends[index] = used
      }
      return true
    }
    guard complete else { return false }
    keys.removeLast(total - used)
    result.keys = keys
    result.keyEnds = ends
    result.keyHashes = hashes
    return true
  }
}
