import Foundation

/// How a field's cells are read: straight from their bytes when the field is a date, a text or
/// a code of an export without a mapping, else through text and `FieldType.value`.
enum CellPlan {
  case date
  case text
  /// The codes' bytes in NFC, the form `String` compares by.
  case code(CodeTable)
  /// `true` or `false` in any case, as `FieldType.value` reads them.
  case bool
  /// Through a `String`: numbers, booleans, and every field of a mapped export.
  case general

  /// The plan for a field type.
  init(_ type: FieldType, mapped: Bool) {
    guard !mapped else {
      self = .general
      return
    }
    switch type.base {
    case .date: self = .date
    case .id, .string, .ref: self = .text
    case .code(let codes):
      self = .code(
        CodeTable(codes.map { Array($0.precomposedStringWithCanonicalMapping.utf8) }))
    case .bool: self = .bool
    case .int, .decimal: self = .general
    }
  }

  /// Bytes without leading or trailing spaces and tabs, as `CSVReader.trimmed` trims text.
  @inline(__always)
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
    while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
    if start == 0 && end == bytes.count { return bytes }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// The day of `YYYY-MM-DD` bytes, read as `Day(iso:)` reads text.
  @inline(__always)
  static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
    // A byte below "0" wraps to a large number, so one comparison checks each digit.
    let digits = (
      bytes[0] &- 48, bytes[1] &- 48, bytes[2] &- 48, bytes[3] &- 48, bytes[5] &- 48,
      bytes[6] &- 48, bytes[8] &- 48, bytes[9] &- 48
    )
    guard
      digits.0 < 10, digits.1 < 10, digits.2 < 10, digits.3 < 10, digits.4 < 10,
      digits.5 < 10, digits.6 < 10, digits.7 < 10
    else { return nil }
    let year =
      Int(digits.0) * 1000 + Int(digits.1) * 100 + Int(digits.2) * 10 + Int(digits.3)
    let month = Int(digits.4) * 10 + Int(digits.5)
    let day = Int(digits.6) * 10 + Int(digits.7)
    return Day(year: year, month: month, day: day).map { Int32($0.number) }
  }

  /// The flag of ASCII `true` or `false` in any case; nil for anything else (which the general
  /// way reads, or words the error of).
  static func flag(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    let word: [UInt8]
    switch bytes.count {
    case 4: word = [0x74, 0x72, 0x75, 0x65]
    case 5: word = [0x66, 0x61, 0x6C, 0x73, 0x65]
    default: return nil
    }
    // ASCII letters differ from their capitals by 0x20 alone.
    for (byte, letter) in zip(bytes, word) where byte | 0x20 != letter { return nil }
    return bytes.count == 4
  }

  /// Whether ASCII bytes are one of the codes (bytes that are not ASCII go the general way).
  @inline(__always)
  static func isCode(_ bytes: UnsafeBufferPointer<UInt8>, _ codes: CodeTable) -> Bool {
    codes.index(of: bytes) != nil
  }
}

/// One cell of a record being typed, kept until the whole record is known to be good; a
/// plain value, so that setting one costs a store (a `Value` read the general way waits in
/// the typer's `values`, at the cell's field).
enum TypedCell {
  case empty
  case day(Int32)
  /// A text's bytes, valid while the record is.
  case text(UnsafeBufferPointer<UInt8>)
  case flag(Bool)
  /// The value at the cell's field in `values`.
  case value
}

extension TableTyper {
  /// Types a record's cells into `cells` (and `values`, for those read the general way),
  /// reporting each bad one; false when any is bad. The schema's fields are read only to word
  /// a problem or to read a cell the general way.
  func typeCells(
    _ row: CSVByteRow, _ columns: [Int?], _ plans: [CellPlan], _ required: [Bool],
    _ path: String, _ cells: UnsafeMutableBufferPointer<TypedCell>, _ values: inout [Value],
    _ diagnostics: inout [Diagnostic]
  ) -> Bool {
    var ok = true
    for index in 0..<cells.count {
      cells[index] = .empty
      guard let column = columns[index] else { continue }
      let raw = row[column]
      let bytes = CellPlan.trimmed(raw)
      if bytes.isEmpty {
        if required[index] {
          let name = schema.types[type].fields[index].name
          let location = SourceLocation(file: path, line: row.number, column: column + 1)
          diagnostics.append(
            .error("'\(name)' is empty; it is required", at: location, kind: "missing value"))
          ok = false
        }
        continue
      }
      switch plans[index] {
      case .date:
        if let day = CellPlan.day(bytes) {
          cells[index] = .day(day)
          if raw.count != bytes.count {
            paddedDate(raw, bytes, path, row.number, column, &diagnostics)
          }
          continue
        }
      case .text:
        cells[index] = .text(bytes)
        continue
      case .code(let codes):
        if CellPlan.isCode(bytes, codes) {
          cells[index] = .text(bytes)
          continue
        }
      case .bool:
        if let flag = CellPlan.flag(bytes) {
          cells[index] = .flag(flag)
          continue
        }
      case .general: break
      }
      // The general way, which also words every error.
      let field = schema.types[type].fields[index]
      let location = SourceLocation(file: path, line: row.number, column: column + 1)
      let text = String(decoding: bytes, as: UTF8.self)
      switch convert(text, field) {
      case .success(let value):
        cells[index] = .value
        values[index] = value
        if raw.count != bytes.count, field.type.base == .date {
          paddedDate(raw, bytes, path, row.number, column, &diagnostics)
        }
      case .failure(let error):
        let kind = error.offset < 0 ? "unmapped value" : TableTyper.kind(of: field.type)
        diagnostics.append(.error(error.message, at: location, kind: kind))
        ok = false
      }
    }
    return ok
  }

  /// Warns of a date cell read without its padding.
  private func paddedDate(
    _ raw: UnsafeBufferPointer<UInt8>, _ read: UnsafeBufferPointer<UInt8>, _ path: String,
    _ row: Int, _ column: Int, _ diagnostics: inout [Diagnostic]
  ) {
    let location = SourceLocation(file: path, line: row, column: column + 1)
    if let warning = PaddedDate.warning(
      String(decoding: raw, as: UTF8.self), read: String(decoding: read, as: UTF8.self),
      at: location)
    {
      diagnostics.append(warning)
    }
  }
}
