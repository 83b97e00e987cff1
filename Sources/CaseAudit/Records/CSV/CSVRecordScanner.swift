/// Splits UTF-8 bytes into records of fields, noting malformed quoting, fields past the length
/// limit (never building them), and NUL bytes and stray quotes (read, with a warning).
struct CSVRecordScanner {
  /// A problem in one column of a record.
  struct Problem {
    var message: String
    var column: Int
    var kind: String
  }

  /// One record as scanned.
  struct Record {
    /// The line it starts on.
    var line: Int
    /// Its fields.
    var fields: [String]
    /// What is malformed, and in which column: the record is not kept.
    var problem: Problem?
    /// What was read with a warning.
    var warnings: [Problem] = []
    /// Whether the line held nothing at all.
    var isBlank: Bool { problem == nil && fields.count == 1 && fields[0].isEmpty }
  }

  private let bytes: [UInt8]
  private let fieldLimit: Int
  private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
  private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

  init(_ bytes: [UInt8], fieldLimit: Int = CSVReader.maximumFieldBytes) {
    self.bytes = bytes
    self.fieldLimit = fieldLimit
  }

  /// Calls `body` with each record; a final line break does not start another.
  func forEachRecord(_ body: (Record) -> Void) {
    var index = 0
    var line = 1
    let count = bytes.count
    while index < count {
      var record = Record(line: line, fields: [])
      var ended = false
      while !ended {
        if index < count && bytes[index] == Self.quote {
          var field: [UInt8] = []
          index = quoted(from: index + 1, into: &field, line: &line, record: &record)
        } else {
          index = unquoted(from: index, record: &record)
        }
        if index >= count {
          ended = true
        } else if bytes[index] == Self.comma {
          index += 1
          if index >= count {
            record.fields.append("")
            ended = true
          }
        } else {
          let crlf = bytes[index] == Self.cr && index + 1 < count && bytes[index + 1] == Self.lf
          index += crlf ? 2 : 1
          line += 1
          ended = true
        }
      }
      body(record)
    }
  }

  /// Reads an unquoted field into the record; returns the index of the byte that ends it.
  private func unquoted(from start: Int, record: inout Record) -> Int {
    // The hottest loop of an import: unchecked reads, and one comparison for most bytes
    // (letters and digits are all above the comma).
    let (index, unusual) = bytes.withUnsafeBufferPointer { buffer -> (Int, Bool) in
      var index = start
      var unusual = false
      while index < buffer.count {
        let byte = buffer[index]
        if byte > Self.comma {
          index += 1
          continue
        }
        if byte == Self.comma || byte == Self.cr || byte == Self.lf { break }
        if byte == 0 || byte == Self.quote { unusual = true }
        index += 1
      }
      return (index, unusual)
    }
    let column = record.fields.count + 1
    if index - start > fieldLimit {
      tooLong(bytes[start..<index], length: index - start, column: column, &record)
    } else if unusual {
      let field = Array(bytes[start..<index])
      if field.contains(Self.quote) {
        let text = String(decoding: field, as: UTF8.self)
        record.warnings.append(
          Problem(
            message: "a quote inside the unquoted field '\(CSVRecordScanner.excerpt(text))';"
              + " read as written", column: column, kind: "stray quote"))
      }
      record.fields.append(withoutNUL(field, column: column, &record))
    } else {
      record.fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
    }
    return index
  }

  /// Reads a quoted field's content after its opening quote; returns the index after it.
  private func quoted(
    from start: Int, into field: inout [UInt8], line: inout Int, record: inout Record
  ) -> Int {
    var index = start
    var length = 0
    var hasNUL = false
    let column = record.fields.count + 1
    let finish = { (record: inout Record, field: [UInt8]) in
      if length > fieldLimit {
        tooLong(field[...], length: length, column: column, &record)
      } else {
        record.fields.append(
          hasNUL
            ? withoutNUL(field, column: column, &record) : String(decoding: field, as: UTF8.self))
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Self.quote {
        if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
          length += 1
          if length <= fieldLimit { field.append(Self.quote) }
          index += 2
          continue
        }
        index += 1
        if index < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[index]) {
          if record.problem == nil {
            record.problem = Problem(
              message: "unexpected text after the closing quote of a quoted field",
              column: column, kind: "malformed quoting")
          }
          while index < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[index]) {
            index += 1
          }
        }
        finish(&record, field)
        return index
      }
      if byte == Self.lf { line += 1 }
      if byte == 0 { hasNUL = true }
      length += 1
      // Past the limit the field is only measured, never built.
      if length <= fieldLimit { field.append(byte) }
      index += 1
    }
    if record.problem == nil {
      record.problem = Problem(
        message: "a quoted field is never closed; the file ends inside it", column: column,
        kind: "malformed quoting")
    }
    finish(&record, field)
    return index
  }

  /// Notes a field past the limit (the record is not kept) and puts an empty field in its place.
  private func tooLong(
    _ start: ArraySlice<UInt8>, length: Int, column: Int, _ record: inout Record
  ) {
    record.fields.append("")
    guard record.problem == nil else { return }
    let text = String(decoding: start.prefix(4 * CSVRecordScanner.excerptLength + 4), as: UTF8.self)
    record.problem = Problem(
      message: "the field starting '\(CSVRecordScanner.excerpt(text))' is \(length) bytes long;"
        + " a field may hold at most \(fieldLimit) bytes (\(fieldLimit / 1024) KiB)",
      column: column,
      kind: "field too long")
  }

  /// A field's text without its NUL bytes, with a warning when it had any.
  private func withoutNUL(_ field: [UInt8], column: Int, _ record: inout Record) -> String {
    guard field.contains(0) else { return String(decoding: field, as: UTF8.self) }
    let text = String(decoding: field, as: UTF8.self)
    let kept = String(decoding: field.filter { $0 != 0 }, as: UTF8.self)
    let count = field.filter { $0 == 0 }.count
    record.warnings.append(
      Problem(
        message: "\(count == 1 ? "a NUL byte" : "\(count) NUL bytes") (shown as \\0) in"
          + " '\(CSVRecordScanner.excerpt(text))'; read as '\(CSVRecordScanner.excerpt(kept))'",
        column: column, kind: "NUL byte"))
    return kept
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
