/// The rows of one file after typing: values in schema field order, with their row numbers.
struct TypedTable {
  /// The file's path, as shown.
  var path: String
  /// Whether the export had the file.
  var provided: Bool
  /// Rows whose every value typed cleanly.
  var rows: [(number: Int, values: [Value])] = []
  /// For each field, the file column it came from (nil when the file lacks the column).
  var columns: [Int?] = []
  /// Rows left out so far (malformed, bad values, duplicate keys).
  var rejected = 0
  /// Keys of rows left out for bad values, with their row numbers, to explain references to them.
  var rejectedKeys: [String: Int] = [:]

  /// Creates an empty table.
  init(path: String, provided: Bool) {
    self.path = path
    self.provided = provided
  }
}

/// Types the text rows of one file by a schema type: columns matched by name, values parsed,
/// keys checked unique.
struct TableTyper {
  let schema: Schema
  let type: Int

  func type(_ table: CSVTable, diagnostics: inout [Diagnostic]) -> TypedTable {
    let recordType = schema.types[type]
    var result = TypedTable(path: table.path, provided: true)
    result.rejected = table.rejectedRows
    var columns = [Int?](repeating: nil, count: recordType.fields.count)
    for (column, name) in table.header.enumerated() {
      guard let field = recordType.fieldIndex(name) else {
        let hint = NearMiss.hint(for: name, among: recordType.fields.map(\.name))
        diagnostics.append(
          Diagnostic(
            .warning, "unknown column '\(name)' is ignored\(hint)",
            at: table.location(row: 1, column: column + 1), kind: "unknown column"))
        continue
      }
      if columns[field] != nil {
        diagnostics.append(
          .error("column '\(name)' appears twice", at: table.location(row: 1, column: column + 1),
            kind: "duplicate column"))
      }
      columns[field] = column
    }
    result.columns = columns
    let missing = recordType.fields.indices.filter { columns[$0] == nil && isRequired($0) }
    for field in missing {
      diagnostics.append(
        .error(
          "missing required column '\(recordType.fields[field].name)'; no row of this file is"
            + " loaded", at: table.location(row: 1, column: 1), kind: "missing column"))
    }
    if !missing.isEmpty {
      result.rejected += table.rows.count
      return result
    }
    // A key is a duplicate when an earlier row has it, even if that row has other errors.
    var keys: [String: Int] = [:]
    let keyColumn = columns[recordType.key]!
    for row in table.rows {
      let key = row.fields[keyColumn].trimmingCharacters(in: .whitespaces)
      let values = typedValues(row, columns, table, &diagnostics)
      if !key.isEmpty, let first = keys[key] {
        diagnostics.append(
          .error(
            "duplicate \(recordType.fields[recordType.key].name) '\(key)' (first at row \(first))",
            at: table.location(row: row.number, column: keyColumn + 1), kind: "duplicate key"))
        result.rejected += 1
        continue
      }
      if !key.isEmpty { keys[key] = row.number }
      guard let values else {
        result.rejected += 1
        if !key.isEmpty { result.rejectedKeys[key] = row.number }
        continue
      }
      result.rows.append((row.number, values))
    }
    return result
  }

  /// The key, references to owning records, and fields without `?` must have a value.
  private func isRequired(_ field: Int) -> Bool {
    !schema.types[type].fields[field].type.optional
  }

  private func typedValues(
    _ row: CSVTable.Row, _ columns: [Int?], _ table: CSVTable, _ diagnostics: inout [Diagnostic]
  ) -> [Value]? {
    let recordType = schema.types[type]
    var values = [Value](repeating: .null, count: recordType.fields.count)
    var ok = true
    for (index, field) in recordType.fields.enumerated() {
      guard let column = columns[index] else { continue }
      let text = row.fields[column].trimmingCharacters(in: .whitespaces)
      let location = table.location(row: row.number, column: column + 1)
      if text.isEmpty {
        if isRequired(index) {
          diagnostics.append(
            .error("'\(field.name)' is empty; it is required", at: location, kind: "missing value"))
          ok = false
        }
        continue
      }
      switch field.type.value(from: text, field: field.name) {
      case .success(let value): values[index] = value
      case .failure(let error):
        diagnostics.append(.error(error.message, at: location, kind: TableTyper.kind(of: field.type)))
        ok = false
      }
    }
    return ok ? values : nil
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

import Foundation
