/// Keeps only rows whose references name loaded records, repeating until nothing changes, since
/// excluding a period can leave its reviews pointing at nothing.
struct ReferenceCheck {
  let schema: Schema

  /// The accepted rows per type; each exclusion is a diagnostic at the referring cell.
  func accept(_ tables: inout [TypedTable], diagnostics: inout [Diagnostic]) -> [[[Value]]] {
    var alive = tables.map { table in [Bool](repeating: true, count: table.rows.count) }
    var reported = Set<String>()
    var changed = true
    while changed {
      changed = false
      let keys = schema.types.indices.map { index in keySet(tables[index], alive[index], index) }
      for (index, recordType) in schema.types.enumerated() {
        for (rowIndex, row) in tables[index].rows.enumerated() where alive[index][rowIndex] {
          for (fieldIndex, field) in recordType.fields.enumerated() {
            guard let target = field.target, case .string(let key) = row.values[fieldIndex],
              !keys[target].contains(key)
            else { continue }
            alive[index][rowIndex] = false
            changed = true
            let column = (tables[index].columns[fieldIndex] ?? 0) + 1
            let location = SourceLocation(file: tables[index].path, line: row.number, column: column)
            if reported.insert(location.description).inserted {
              diagnostics.append(
                .error(
                  "\(field.name) '\(key)' names no loaded \(schema.types[target].name)"
                    + explanation(tables[target], key, targetIndex: target), at: location,
                  kind: "dangling reference"))
            }
            break
          }
        }
      }
    }
    return tables.indices.map { index in
      tables[index].rows.indices.filter { alive[index][$0] }.map { tables[index].rows[$0].values }
    }
  }

  private func keySet(_ table: TypedTable, _ alive: [Bool], _ type: Int) -> Set<String> {
    var keys = Set<String>()
    let key = schema.types[type].key
    for (index, row) in table.rows.enumerated() where alive[index] {
      if case .string(let text) = row.values[key] { keys.insert(text) }
    }
    return keys
  }

  /// Whether the target row exists but was excluded, or the file is missing.
  private func explanation(_ target: TypedTable, _ key: String, targetIndex: Int) -> String {
    if !target.provided { return " (\(schema.types[targetIndex].file) was not provided)" }
    let keyField = schema.types[targetIndex].key
    let row = target.rows.first { $0.values[keyField] == .string(key) }?.number
      ?? target.rejectedKeys[key]
    guard let row else { return "" }
    return " (its row \(row) in \(schema.types[targetIndex].file) is excluded for errors)"
  }
}
