/// The records of one file after typing: a column per schema field, and each record's row number.
struct TypedTable {
  /// The file's path, as shown.
  var path: String
  /// Whether the export had the file.
  var provided: Bool
  /// One column per schema field (every field, empty where the file lacks the column).
  var columns: [Column] = []
  /// The file row of each typed record.
  var rowNumbers: [Int32] = []
  /// For each field, the file column it came from (nil when the file lacks the column).
  var fileColumns: [Int?] = []
  /// Rows left out so far (malformed, bad values, duplicate keys).
  var rejected = 0
  /// Keys of rows left out for bad values, with their row numbers, to explain references to them.
  var rejectedKeys: [String: Int] = [:]
  /// The owning reference (`child_id`, `escalation_id`) of each row left out after its cells
  /// were read, by the row's key (empty when it had none), to find the case it belonged to.
  var rejectedOwners: [(key: String, owner: String)] = []
  /// Typed rows whose key a later row repeats: which of them is the record is not known, so
  /// none is accepted, and the result does not depend on the order of the file's rows.
  var duplicatedRows: Set<Int32> = []

  /// Creates an empty table.
  init(path: String, provided: Bool) {
    self.path = path
    self.provided = provided
  }

  /// The number of typed records.
  var count: Int { rowNumbers.count }
}

/// Types the rows of one file by a schema type: columns matched by name, values parsed, keys
/// checked unique. The file is read up to its header (`prepare`), its records typed a chunk at a
/// time on any thread (`type(_:chunk:)`), and the chunks joined in order (`TableJoin`), so the
/// result and every diagnostic are those of one pass over the file, whatever the chunks.
struct TableTyper: Sendable {
  /// Unknown columns warned one by one; the rest of a header of thousands (a spreadsheet's
  /// empty trailing cells) are one warning, not a flood that takes longer than the import.
  static let unknownColumnsWarned = 20

  let schema: Schema
  let type: Int
  var mapping: ExportMapping? = nil

  /// The chunks' size, in bytes of the file, when a file is cut into them (1 MiB).
  static let chunkSize = 1 << 20

  /// A file read up to its header and ready to be typed a chunk at a time.
  struct PreparedTable: Sendable {
    /// The file's path, as shown.
    let path: String
    /// The decoded file, its header and its chunks.
    let file: CSVReader.PreparedFile
    /// For each field, the file column it comes from (nil when the file lacks it); nil when the
    /// file has no header.
    let columns: [Int?]?
    /// Whether a required column is missing or a column is named twice, so that no row loads.
    let skipAll: Bool
    /// Problems of the header's names.
    let problems: [Diagnostic]

    /// The file's chunks, to type one by one.
    var chunks: [CSVChunk] { file.chunks }
  }

  /// Reads a file up to its header, matches its columns and cuts its records into chunks of
  /// at least `chunkSize` bytes.
  func prepare(_ bytes: [UInt8], path: String, chunkSize: Int = chunkSize) -> PreparedTable {
    let file = CSVReader().prepare(bytes, path: path, chunkSize: chunkSize)
    var problems: [Diagnostic] = []
    let matched = file.summary.header.map { match($0, path: path, diagnostics: &problems) }
    let columns = matched?.columns
    // A column named twice is ambiguous: reading either copy would be a guess.
    let skipAll =
      matched.map { matched in
        matched.duplicated
          || schema.types[type].fields.indices.contains {
            matched.columns[$0] == nil && isRequired($0)
          }
      } ?? false
    return PreparedTable(
      path: path, file: file, columns: columns, skipAll: skipAll, problems: problems)
  }

  /// Matches header names to fields; unknown columns are warnings, missing required ones errors.
  /// A column named twice is an error, and the file is not loaded.
  private func match(_ header: [String], path: String, diagnostics: inout [Diagnostic])
    -> (columns: [Int?], duplicated: Bool)
  {
    let recordType = schema.types[type]
    var columns = [Int?](repeating: nil, count: recordType.fields.count)
    let sources = recordType.fields.map {
      mapping?.column(of: $0.name, in: recordType.name) ?? $0.name
    }
    var unknown: [(column: Int, name: String)] = []
    var duplicated = false
    for (column, name) in header.enumerated() {
      let location = SourceLocation(file: path, line: 1, column: column + 1)
      guard let field = sources.firstIndex(of: name) else {
        unknown.append((column, name))
        guard unknown.count <= TableTyper.unknownColumnsWarned else { continue }
        let hint = NearMiss.hint(for: name, among: sources)
        diagnostics.append(
          Diagnostic(
            .warning, "unknown column '\(name)' is ignored\(hint)", at: location,
            kind: "unknown column"))
        continue
      }
      if columns[field] != nil {
        duplicated = true
        diagnostics.append(
          .error(
            "column '\(name)' appears twice; no row of this file is loaded", at: location,
            kind: "duplicate column"))
        continue
      }
      columns[field] = column
    }
    if unknown.count > TableTyper.unknownColumnsWarned {
      let first = unknown[TableTyper.unknownColumnsWarned]
      let rest = unknown.count - TableTyper.unknownColumnsWarned
      let message =
        rest == 1
        ? "1 more unknown column, '\(first.name)', is ignored"
        : "\(rest) more unknown columns, from '\(first.name)' on, are ignored"
      diagnostics.append(
        Diagnostic(
          .warning, message,
          at: SourceLocation(file: path, line: 1, column: first.column + 1),
          kind: "unknown column"))
    }
    for field in recordType.fields.indices where columns[field] == nil && isRequired(field) {
      diagnostics.append(
        .error(
          "missing required column '\(sources[field])'; no row of this file is"
            + " loaded", at: SourceLocation(file: path, line: 1, column: 1), kind: "missing column")
      )
    }
    return (columns, duplicated)
  }

  /// Fields without `?` (the key and references to owning records among them) need a value.
  func isRequired(_ field: Int) -> Bool {
    !schema.types[type].fields[field].type.optional
  }

  /// A cell's value through the mapping: its value map, then its date formats, else as written.
  /// An unmapped value is an error with a negative offset, so it is counted as such.
  func convert(_ text: String, _ field: Schema.Field) -> Result<Value, ExpressionError> {
    let typeName = schema.types[type].name
    var text = text
    if let mapping {
      guard let mapped = mapping.apply(text, type: typeName, field: field) else {
        return .failure(
          ExpressionError(
            "'\(text)' has no mapping for '\(field.name)'; add it under types: \(typeName):"
              + " values: \(field.name): in \(mapping.path)", at: -1))
      }
      text = mapped
    }
    guard field.type.base == .date, let mapping else {
      return field.type.value(from: text, field: field.name)
    }
    let formats = mapping.dateFormats(of: typeName)
    for format in formats {
      if let day = format.parse(text) { return .success(.date(day)) }
    }
    let names = formats.map(\.rawValue).joined(separator: " or ")
    return .failure(
      ExpressionError("'\(text)' is not a date (\(names)) for '\(field.name)'", at: 0))
  }

  /// The kind of a value error, by the field's type.
  static func kind(of type: FieldType) -> String {
    switch type.base {
    case .date: return "invalid date"
    case .code: return "unknown code"
    case .int, .decimal: return "invalid number"
    case .bool: return "invalid true/false"
    case .id, .string, .ref: return "invalid value"
    }
  }
}
