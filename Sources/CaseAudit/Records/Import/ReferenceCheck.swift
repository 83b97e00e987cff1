/// Keeps only rows whose references name loaded records, repeating until nothing changes, since
/// excluding a period can leave its reviews pointing at nothing. A reference into a type the
/// export does not provide at all is unknown, not dangling: its row stays, and rules that follow
/// it give insufficient evidence (the compiler records the target as read).
struct ReferenceCheck {
  let schema: Schema

  /// Which rows of each type are accepted; each exclusion is a diagnostic at the referring cell.
  func accept(_ tables: [TypedTable], diagnostics: inout [Diagnostic]) -> [[Bool]] {
    var alive = tables.map { [Bool](repeating: true, count: $0.count) }
    var changed = true
    while changed {
      changed = false
      let keys = schema.types.indices.map {
        KeyLookup(table: tables[$0], alive: alive[$0], key: schema.types[$0].key)
      }
      for (index, recordType) in schema.types.enumerated() {
        for (fieldIndex, field) in recordType.fields.enumerated() {
          guard let target = field.target, tables[target].provided,
            case .strings(let codes, let texts) = tables[index].columns[fieldIndex].storage
          else { continue }
          let known = texts.map { keys[target].contains($0) }
          if !known.contains(false) { continue }
          for row in 0..<codes.count
          where alive[index][row] && codes[row] >= 0 && !known[Int(codes[row])] {
            alive[index][row] = false
            changed = true
            let key = texts[Int(codes[row])]
            let column = (tables[index].fileColumns[fieldIndex] ?? 0) + 1
            let location = SourceLocation(
              file: tables[index].path, line: Int(tables[index].rowNumbers[row]), column: column)
            diagnostics.append(
              .error(
                "\(field.name) '\(key)' names no loaded \(schema.types[target].name)"
                  + explanation(tables[target], key, alive[target], targetIndex: target),
                at: location, kind: "dangling reference"))
          }
        }
      }
    }
    return alive
  }

  /// The accepted keys of a type: its key column's lookup, filtered by the accepted rows (a key
  /// column's codes are its rows, since duplicate keys never reach it).
  private struct KeyLookup {
    let table: TypedTable
    let alive: [Bool]
    let key: Int

    func contains(_ text: String) -> Bool {
      guard table.provided, let code = table.columns[key].lookup?[text] else { return false }
      return alive[Int(code)]
    }
  }

  /// Whether the target row exists but was excluded.
  private func explanation(
    _ target: TypedTable, _ key: String, _ alive: [Bool], targetIndex: Int
  ) -> String {
    let file = schema.types[targetIndex].file
    let column = target.columns.isEmpty ? nil : target.columns[schema.types[targetIndex].key]
    let typedRow = (0..<target.count).first { column?.text($0) == key }
    let row = typedRow.map { Int(target.rowNumbers[$0]) } ?? target.rejectedKeys[key]
    guard let row else { return "" }
    return " (its row \(row) in \(file) is excluded for errors)"
  }
}
