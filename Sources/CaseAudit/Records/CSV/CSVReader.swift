/// Reads CSV (RFC 4180) from bytes: quoted fields with commas, quotes and line breaks, CRLF or LF,
/// UTF-8 with or without BOM or Windows-1252, a header row; every problem is reported.
///
/// Rows are numbered as a spreadsheet shows them: the header is row 1 and each record, even one
/// spanning several lines or left blank, is one row.
public struct CSVReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads a file's bytes; the table is nil only when the file has no header at all.
  public func read(_ bytes: [UInt8], path: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
    let (text, encoding) = TextDecoding.decode(bytes)
    var diagnostics: [Diagnostic] = []
    let start = SourceLocation(file: path, line: 1, column: 1)
    if encoding == .windows1252 {
      diagnostics.append(
        Diagnostic(.warning, "not valid UTF-8: read as Windows-1252", at: start, kind: "encoding"))
    }
    let records = CSVRecordScanner(Array(text.utf8)).records()
    guard let headerRecord = records.first, !headerRecord.isBlank else {
      diagnostics.append(
        .error("the file is empty; expected a header row of column names", at: start, kind: "empty file"))
      return (nil, diagnostics)
    }
    let header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    var rows: [CSVTable.Row] = []
    var rejected = 0
    for (index, record) in records.enumerated() {
      let number = index + 1
      let reject: (String, Int, String) -> Void = { message, column, kind in
        rejected += index == 0 ? 0 : 1
        let location = SourceLocation(file: path, line: number, column: column)
        diagnostics.append(.error(message, at: location, kind: kind))
      }
      if let problem = record.problem {
        reject(problem.message, problem.column, "malformed quoting")
        continue
      }
      if index == 0 || record.isBlank { continue }
      guard record.fields.count == header.count else {
        let count = record.fields.count
        reject(
          "row has \(count) field\(count == 1 ? "" : "s"); the header has \(header.count)",
          min(count, header.count) + 1, "ragged row")
        continue
      }
      rows.append(CSVTable.Row(number: number, line: record.line, fields: record.fields))
    }
    if rows.isEmpty && rejected == 0 {
      diagnostics.append(
        Diagnostic(.warning, "the file has a header but no records", at: start, kind: "no records"))
    }
    let table = CSVTable(
      path: path, header: header, rows: rows, encoding: encoding, rejectedRows: rejected)
    return (table, diagnostics)
  }
}

/// Splits UTF-8 bytes into records of fields, noting malformed quoting.
struct CSVRecordScanner {
  /// One record as scanned.
  struct Record {
    /// The line it starts on.
    var line: Int
    /// Its fields.
    var fields: [String]
    /// What is malformed, and in which column.
    var problem: (message: String, column: Int)?
    /// Whether the line held nothing at all.
    var isBlank: Bool { problem == nil && fields.count == 1 && fields[0].isEmpty }
  }

  private let bytes: [UInt8]
  private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
  private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// All records; a final line break does not start another.
  func records() -> [Record] {
    var records: [Record] = []
    var index = 0
    var line = 1
    while index < bytes.count {
      var record = Record(line: line, fields: [])
      var field: [UInt8] = []
      var atFieldStart = true
      recordLoop: while index < bytes.count {
        let byte = bytes[index]
        if atFieldStart && byte == Self.quote {
          index = quoted(from: index + 1, into: &field, line: &line, record: &record)
          atFieldStart = false
          continue
        }
        atFieldStart = false
        switch byte {
        case Self.comma:
          record.fields.append(String(decoding: field, as: UTF8.self))
          field.removeAll(keepingCapacity: true)
          atFieldStart = true
          index += 1
        case Self.cr, Self.lf:
          let crlf = byte == Self.cr && index + 1 < bytes.count && bytes[index + 1] == Self.lf
          index += crlf ? 2 : 1
          line += 1
          break recordLoop
        default:
          field.append(byte)
          index += 1
        }
      }
      record.fields.append(String(decoding: field, as: UTF8.self))
      records.append(record)
    }
    return records
  }

  /// Reads a quoted field's content after its opening quote; returns the index after it.
  private func quoted(
    from start: Int, into field: inout [UInt8], line: inout Int, record: inout Record
  ) -> Int {
    var index = start
    let column = record.fields.count + 1
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Self.quote {
        if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
          field.append(Self.quote)
          index += 2
          continue
        }
        index += 1
        if index < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[index]) {
          if record.problem == nil {
            record.problem = ("unexpected text after the closing quote of a quoted field", column)
          }
          while index < bytes.count, ![Self.comma, Self.cr, Self.lf].contains(bytes[index]) {
            index += 1
          }
        }
        return index
      }
      if byte == Self.lf { line += 1 }
      field.append(byte)
      index += 1
    }
    if record.problem == nil {
      record.problem = ("a quoted field is never closed; the file ends inside it", column)
    }
    return index
  }
}

import Foundation
