/// Reads CSV (RFC 4180) from bytes: quoted fields with commas, quotes and line breaks, CRLF or LF,
/// UTF-8 with or without BOM or Windows-1252, a header row; every problem is reported.
///
/// Rows are numbered as a spreadsheet shows them: the header is row 1 and each record, even one
/// spanning several lines or left blank, is one row.
public struct CSVReader: Sendable {
  /// What a scan found besides the rows it handed on.
  public struct ScanSummary: Sendable {
    /// The header's column names, trimmed; nil when the file is empty.
    public var header: [String]?
    /// Records left out because they were malformed.
    public var rejectedRows: Int
    /// How the bytes were decoded.
    public var encoding: TextDecoding
    /// Problems found.
    public var diagnostics: [Diagnostic]
  }

  /// Creates a reader.
  public init() {}

  /// Reads a whole file into a table; nil only when the file has no header at all.
  public func read(_ bytes: [UInt8], path: String) -> (table: CSVTable?, diagnostics: [Diagnostic])
  {
    var rows: [CSVTable.Row] = []
    let summary = scan(bytes, path: path) { rows.append($0) }
    guard let header = summary.header else { return (nil, summary.diagnostics) }
    let table = CSVTable(
      path: path, header: header, rows: rows, encoding: summary.encoding,
      rejectedRows: summary.rejectedRows)
    return (table, summary.diagnostics)
  }

  /// Hands each well-formed record to `body` in order, without holding the file's rows; the
  /// header goes to `header` first.
  public func scan(
    _ bytes: [UInt8], path: String, _ body: (CSVTable.Row) -> Void,
    header: ([String]) -> Void = { _ in }
  ) -> ScanSummary {
    scanBytes(bytes, path: path, { row in
      body(CSVTable.Row(
        number: row.number, line: row.line, fields: (0..<row.count).map { row.text($0) }))
    }, header: header)
  }

  /// Hands each well-formed record's field bytes to `body` in order, as `scan` hands on text.
  func scanBytes(
    _ bytes: [UInt8], path: String, _ body: (CSVByteRow) -> Void,
    header: ([String]) -> Void = { _ in }
  ) -> ScanSummary {
    let file = prepare(bytes, path: path, chunkSize: .max)
    if let names = file.summary.header { header(names) }
    let scans = file.chunks.map { scan(file, $0, path: path, body) }
    return file.summary.finished(scans, readable: file.readable, path: path)
  }

  /// The longest field read, in bytes of UTF-8 (32 KiB): a longer one is an error, measured
  /// without being built, so a runaway value cannot fill memory or the reports.
  public static let maximumFieldBytes = 32 * 1024

  /// The warning an encoding deserves: Windows-1252 is a guess, and so is UTF-16 without BOM.
  static func encodingWarning(_ decoded: TextDecoding.Decoded) -> String? {
    // Where the first byte that is not UTF-8 is, so it can be found and mended.
    var first = ""
    if let (byte, line) = decoded.firstNonUTF8 {
      let hex = String(byte, radix: 16, uppercase: true)
      first = " (the first byte that is not, 0x\(hex), is on line \(line))"
    }
    switch decoded.encoding {
    case .windows1252: return "not valid UTF-8\(first): read as Windows-1252"
    case .utf8AndWindows1252:
      return "not valid UTF-8 throughout\(first): the bytes that are not UTF-8 are read as"
        + " Windows-1252, the rest as UTF-8"
    case .utf16LE, .utf16BE:
      return decoded.hasBOM
        ? nil
        : "no byte-order mark: read as \(decoded.encoding.rawValue) from its zero bytes"
    case .utf8, .utf8WithBOM: return nil
    }
  }

  /// The header's names, trimmed; a byte-order mark inside one (a second BOM, or files joined)
  /// is removed with a warning.
  static func columnNames(
    _ fields: [String], path: String, _ diagnostics: inout [Diagnostic]
  ) -> [String] {
    fields.enumerated().map { column, field in
      guard field.unicodeScalars.contains("\u{FEFF}") else { return trimmed(field) }
      var scalars = field.unicodeScalars
      scalars.removeAll { $0 == "\u{FEFF}" }
      let name = trimmed(String(scalars))
      diagnostics.append(
        Diagnostic(
          .warning, "a byte-order mark (U+FEFF) in the column name '\(name)'; read without it",
          at: SourceLocation(file: path, line: 1, column: column + 1), kind: "byte-order mark"))
      return name
    }
  }

  /// Text without leading or trailing spaces and tabs; fast when there are none, as usual.
  public static func trimmed(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last else { return text }
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
    guard isSpace(first) || isSpace(last) else { return text }
    let bytes = Array(utf8)
    guard let start = bytes.firstIndex(where: { !isSpace($0) }),
      let end = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(decoding: bytes[start...end], as: UTF8.self)
  }
}
