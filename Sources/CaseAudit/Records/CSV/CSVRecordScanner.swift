/// Splits UTF-8 bytes into records of fields, noting malformed quoting, fields past the length
/// limit (never building them), and NUL bytes and stray quotes (read, with a warning).
///
/// Fields are not copied: an unquoted field is a range of the file's bytes; a quoted one (its
/// doubled quotes undone) or one with NUL bytes removed is a range of the record's scratch.
struct CSVRecordScanner {
  /// A problem in one column of a record.
  struct Problem {
    var message: String
    var column: Int
    var kind: String
  }

  /// Where a field's bytes are: in the file, or in the record's scratch bytes.
  struct Span {
    var start: Int
    var end: Int
    var inScratch: Bool
  }

  /// One record as scanned; its storage is reused for the next, so it is valid only during
  /// the call that receives it.
  struct Record {
    /// The line it starts on.
    var line: Int
    /// Its fields.
    var spans: [Span] = []
    /// The bytes of quoted fields and fields without their NUL bytes.
    var scratch: [UInt8] = []
    /// What is malformed, and in which column: the record is not kept.
    var problem: Problem?
    /// What was read with a warning.
    var warnings: [Problem] = []
    /// Whether the record holds no data: an empty line, or only empty fields (`,,,`), which
    /// spreadsheets write for rows that were cleared rather than deleted.
    var isBlank: Bool {
      problem == nil && spans.allSatisfy { $0.start == $0.end }
    }

    /// The record made ready for the next one, keeping its storage.
    mutating func reset(line: Int) {
      self.line = line
      spans.removeAll(keepingCapacity: true)
      scratch.removeAll(keepingCapacity: true)
      problem = nil
      if !warnings.isEmpty { warnings.removeAll() }
    }
  }

  let bytes: [UInt8]
  /// The longest field read, in bytes.
  let fieldLimit: Int
  static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
  static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

  init(_ bytes: [UInt8], fieldLimit: Int = CSVReader.maximumFieldBytes) {
    self.bytes = bytes
    self.fieldLimit = fieldLimit
  }

  /// Calls `body` with each record and the file's bytes its spans point into, from `start` (the
  /// first byte of a record) to `end` (the first byte of another, or the file's end) or until
  /// `body` returns false; a final line break does not start another record. Returns where it
  /// stopped: the next record's first byte and the line it is on.
  @discardableResult
  func forEachRecord(
    from start: Int = 0, to end: Int = .max, line firstLine: Int = 1,
    _ body: (Record, UnsafeBufferPointer<UInt8>) -> Bool
  ) -> (index: Int, line: Int) {
    bytes.withUnsafeBufferPointer { buffer in
      var index = start
      var line = firstLine
      let count = buffer.count
      let stop = min(end, count)
      var record = Record(line: line)
      while index < stop {
        record.reset(line: line)
        var ended = false
        while !ended {
          if index < count && buffer[index] == Self.quote {
            index = quoted(buffer, from: index + 1, line: &line, record: &record)
          } else {
            index = unquoted(buffer, from: index, record: &record)
          }
          if index >= count {
            ended = true
          } else if buffer[index] == Self.comma {
            index += 1
            if index >= count {
              record.spans.append(Span(start: index, end: index, inScratch: false))
              ended = true
            }
          } else {
            let crlf =
              buffer[index] == Self.cr && index + 1 < count && buffer[index + 1] == Self.lf
            index += crlf ? 2 : 1
            line += 1
            ended = true
          }
        }
        if !body(record, buffer) { break }
      }
      return (index, line)
    }
  }

  /// Reads an unquoted field into the record; returns the index of the byte that ends it.
  private func unquoted(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, record: inout Record
  ) -> Int {
    var index = start
    var unusual = false
    while index < buffer.count {
      index = Self.nextCandidate(buffer, from: index)
      guard index < buffer.count else { break }
      let byte = buffer[index]
      if byte == Self.comma || byte == Self.cr || byte == Self.lf { break }
      if byte == 0 || byte == Self.quote { unusual = true }
      index += 1
    }
    let column = record.spans.count + 1
    if index - start > fieldLimit {
      tooLong(buffer[start..<index], length: index - start, column: column, &record)
    } else if unusual {
      let field = buffer[start..<index]
      if field.contains(Self.quote) {
        let text = String(decoding: field, as: UTF8.self)
        record.warnings.append(
          Problem(
            message: "a quote inside the unquoted field '\(CSVRecordScanner.excerpt(text))';"
              + " read as written", column: column, kind: "stray quote"))
      }
      if field.contains(0) {
        withoutNUL(Array(field), column: column, &record)
      } else {
        record.spans.append(Span(start: start, end: index, inScratch: false))
      }
    } else {
      record.spans.append(Span(start: start, end: index, inScratch: false))
    }
    return index
  }

  /// Reads a quoted field's content after its opening quote into the scratch bytes; returns
  /// the index after it.
  private func quoted(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int, record: inout Record
  ) -> Int {
    var index = start
    let opened = line
    var length = 0
    var hasNUL = false
    let column = record.spans.count + 1
    let first = record.scratch.count
    let finish = { (record: inout Record) in
      if length > fieldLimit {
        let field = record.scratch[first...]
        record.scratch.removeSubrange(first...)
        tooLong(field, length: length, column: column, &record)
      } else if hasNUL {
        let field = Array(record.scratch[first...])
        record.scratch.removeSubrange(first...)
        withoutNUL(field, column: column, &record)
      } else {
        record.spans.append(Span(start: first, end: record.scratch.count, inScratch: true))
      }
    }
    while index < buffer.count {
      let byte = buffer[index]
      if byte == Self.quote {
        if index + 1 < buffer.count && buffer[index + 1] == Self.quote {
          length += 1
          if length <= fieldLimit { record.scratch.append(Self.quote) }
          index += 2
          continue
        }
        index += 1
        if index < buffer.count, !Self.endsField(buffer[index]) {
          if record.problem == nil {
            record.problem = Problem(
              message: "unexpected text after the closing quote of a quoted field",
              column: column, kind: "malformed quoting")
          }
          while index < buffer.count, !Self.endsField(buffer[index]) { index += 1 }
        }
        finish(&record)
        return index
      }
      if byte == Self.lf { line += 1 }
      if byte == 0 { hasNUL = true }
      length += 1
      // Past the limit the field is only measured, never built.
      if length <= fieldLimit { record.scratch.append(byte) }
      index += 1
    }
    if record.problem == nil {
      // The rest of the file is this one field: say how much of it, or a file that lost most
      // of its rows would show one row excluded.
      let lines = line - opened - (buffer.last == Self.lf ? 1 : 0)
      var lost = ""
      if lines == 1 { lost = ", and no row on the line after it is read" }
      if lines > 1 { lost = ", and no row on the \(lines) lines after it is read" }
      record.problem = Problem(
        message: "a quoted field is never closed; the file ends inside it" + lost, column: column,
        kind: "malformed quoting")
    }
    finish(&record)
    return index
  }

  /// Whether a byte ends a field: a comma or a line break.
  static func endsField(_ byte: UInt8) -> Bool { byte == comma || byte == cr || byte == lf }

  /// Notes a field past the limit (the record is not kept) and puts an empty field in its place.
  private func tooLong<Bytes: Collection<UInt8>>(
    _ start: Bytes, length: Int, column: Int, _ record: inout Record
  ) {
    let end = record.scratch.count
    record.spans.append(Span(start: end, end: end, inScratch: true))
    guard record.problem == nil else { return }
    let text = String(decoding: start.prefix(4 * CSVRecordScanner.excerptLength + 4), as: UTF8.self)
    record.problem = Problem(
      message: "the field starting '\(CSVRecordScanner.excerpt(text))' is \(length) bytes long;"
        + " a field may hold at most \(fieldLimit) bytes (\(fieldLimit / 1024) KiB)",
      column: column,
      kind: "field too long")
  }

  /// Puts a field's bytes without their NUL bytes in the scratch, with a warning.
  private func withoutNUL(_ field: [UInt8], column: Int, _ record: inout Record) {
    let text = String(decoding: field, as: UTF8.self)
    let keptBytes = field.filter { $0 != 0 }
    let kept = String(decoding: keptBytes, as: UTF8.self)
    let count = field.count - keptBytes.count
    record.warnings.append(
      Problem(
        message: "\(count == 1 ? "a NUL byte" : "\(count) NUL bytes") (shown as \\0) in"
          + " '\(CSVRecordScanner.excerpt(text))'; read as '\(CSVRecordScanner.excerpt(kept))'",
        column: column, kind: "NUL byte"))
    let first = record.scratch.count
    record.scratch.append(contentsOf: keptBytes)
    record.spans.append(Span(start: first, end: record.scratch.count, inScratch: true))
  }

  /// How many characters of a value a message shows.
  static let excerptLength = 40

  /// The start of a value for a message: at most `excerptLength` characters (then `…`), with
  /// NUL bytes and line breaks shown as `\0`, `\r` and `\n`.
  static func excerpt(_ text: String) -> String {
    var out = ""
    var shown = 0
    for scalar in text.unicodeScalars {
      if shown == excerptLength {
        out += "…"
        break
      }
      switch scalar {
      case "\0": out += "\\0"
      case "\r": out += "\\r"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
      shown += 1
    }
    return out
  }
}
