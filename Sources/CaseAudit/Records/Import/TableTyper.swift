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

  /// Creates an empty table.
  init(path: String, provided: Bool) {
    self.path = path
    self.provided = provided
  }

  /// The number of typed records.
  var count: Int { rowNumbers.count }
}

/// Types the rows of one file by a schema type as they are scanned: columns matched by name,
/// values parsed, keys checked unique.
struct TableTyper {
  /// Unknown columns warned one by one; the rest of a header of thousands (a spreadsheet's
  /// empty trailing cells) are one warning, not a flood that takes longer than the import.
  static let unknownColumnsWarned = 20

  let schema: Schema
  let type: Int
  var mapping: ExportMapping? = nil

  func type(
    _ bytes: [UInt8], path: String, diagnostics: inout [Diagnostic]
  ) -> TypedTable {
    let recordType = schema.types[type]
    let owner = schema.ownerField(of: type)
    var result = TypedTable(path: path, provided: true)
    // Lines bound the records, so columns and the key lookup are sized once rather than grown.
    let lines = bytes.withUnsafeBufferPointer { buffer in
      buffer.reduce(into: 0) { count, byte in if byte == 10 { count += 1 } }
    }
    var builders = recordType.fields.map { ByteColumnBuilder(for: $0.type, capacity: lines) }
    let plans = recordType.fields.map { CellPlan($0.type, mapped: mapping != nil) }
    var cells = [TypedCell](repeating: .empty, count: recordType.fields.count)
    var fileColumns: [Int?]?
    var problems: [Diagnostic] = []
    var skipAll = false
    let summary = CSVReader().scanBytes(bytes, path: path) { row in
      if fileColumns == nil { return }
      if skipAll {
        result.rejected += 1
        return
      }
      let columns = fileColumns!
      let keyColumn = columns[recordType.key]!
      let keyBytes = CellPlan.trimmed(row[keyColumn])
      let ok = typeCells(row, columns, plans, path, &cells, &problems)
      let ownerText = owner.flatMap { columns[$0] }.map {
        String(decoding: CellPlan.trimmed(row[$0]), as: UTF8.self)
      }
      let earlier = builders[recordType.key].code(of: keyBytes).map {
        Int(result.rowNumbers[Int($0)])
      }
      if !keyBytes.isEmpty {
        let keyText = { String(decoding: keyBytes, as: UTF8.self) }
        let rejected = result.rejectedKeys.isEmpty ? nil : result.rejectedKeys[keyText()]
        if let first = earlier ?? rejected {
          let location = SourceLocation(file: path, line: row.number, column: keyColumn + 1)
          problems.append(
            .error(
              "duplicate \(recordType.fields[recordType.key].name) '\(keyText())'"
                + " (first at row \(first))",
              at: location, kind: "duplicate key"))
          result.rejected += 1
          if let ownerText { result.rejectedOwners.append(("", ownerText)) }
          return
        }
      }
      guard ok else {
        let keyText = String(decoding: keyBytes, as: UTF8.self)
        result.rejected += 1
        if let ownerText { result.rejectedOwners.append((keyText, ownerText)) }
        if !keyText.isEmpty { result.rejectedKeys[keyText] = row.number }
        return
      }
      for index in cells.indices {
        switch cells[index] {
        case .empty: builders[index].appendEmpty()
        case .day(let day): builders[index].append(day: day)
        case .text(let text): builders[index].append(text: text)
        case .value(let value): builders[index].append(value)
        }
      }
      result.rowNumbers.append(Int32(row.number))
    } header: { header in
      let matched = match(header, path: path, diagnostics: &problems)
      fileColumns = matched
      skipAll =
        matched.contains(nil)
        && recordType.fields.indices.contains {
          matched[$0] == nil && isRequired($0)
        }
    }
    diagnostics.append(contentsOf: summary.diagnostics)
    diagnostics.append(contentsOf: problems)
    result.rejected += summary.rejectedRows
    // A file with no header, or without a required column, loads no rows: its records are not
    // known to be absent, so they are not provided (references into it are unknown, not
    // dangling), as for a missing file.
    if fileColumns == nil || skipAll { result.provided = false }
    result.fileColumns = fileColumns ?? []
    result.columns = builders.enumerated().map { $1.build(keepingLookup: $0 == recordType.key) }
    return result
  }

  /// Matches header names to fields; unknown columns are warnings, missing required ones errors.
  private func match(_ header: [String], path: String, diagnostics: inout [Diagnostic]) -> [Int?] {
    let recordType = schema.types[type]
    var columns = [Int?](repeating: nil, count: recordType.fields.count)
    let sources = recordType.fields.map {
      mapping?.column(of: $0.name, in: recordType.name) ?? $0.name
    }
    var unknown: [(column: Int, name: String)] = []
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
        diagnostics.append(
          .error("column '\(name)' appears twice", at: location, kind: "duplicate column"))
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
    return columns
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
