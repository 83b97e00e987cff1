/// Keeps only rows whose references name loaded records, repeating until nothing changes, since
/// excluding a period can leave its reviews pointing at nothing. A reference into a type the
/// export does not provide at all is unknown, not dangling: its row stays, and rules that follow
/// it give insufficient evidence (the compiler records the target as read).
struct ReferenceCheck {
  let schema: Schema

  /// Which rows of each type are accepted: none whose key a later row repeats (the repeat is
  /// already reported), then only those whose references name accepted rows; each exclusion
  /// for a reference is a diagnostic at the referring cell.
  /// `targets` holds each reference text's target row, looked up once for every round.
  func accept(
    _ tables: [TypedTable], targets: ReferenceTargets, diagnostics: inout [Diagnostic]
  ) -> [[Bool]] {
    var alive = tables.map { table in
      var alive = [Bool](repeating: true, count: table.count)
      for row in table.duplicatedRows { alive[Int(row)] = false }
      return alive
    }
    var changed = true
    while changed {
      changed = false
      for (index, recordType) in schema.types.enumerated() {
        for (fieldIndex, field) in recordType.fields.enumerated() {
          guard let target = field.target, tables[target].provided,
            case .strings(let codes, let texts) = tables[index].columns[fieldIndex].storage
          else { continue }
          let rows = targets.rows[index][fieldIndex]
          let known = rows.map { $0 >= 0 && alive[target][Int($0)] }
          if !known.contains(false) { continue }
          for row in 0..<codes.count
          where alive[index][row] && codes[row] >= 0 && !known[Int(codes[row])] {
            alive[index][row] = false
            changed = true
            let code = Int(codes[row])
            let column = (tables[index].fileColumns[fieldIndex] ?? 0) + 1
            let location = SourceLocation(
              file: tables[index].path, line: Int(tables[index].rowNumbers[row]), column: column)
            let reason = explanation(
              tables[target], texts[code], typedRow: rows[code], targetIndex: target)
            diagnostics.append(
              .error(
                "\(field.name) '\(texts[code])' names no loaded \(schema.types[target].name)"
                  + reason, at: location, kind: "dangling reference"))
          }
        }
      }
    }
    return alive
  }

  /// Whether the target row exists but was excluded: typed (`typedRow`, -1 when not) and
  /// refused, or left out for a bad value.
  private func explanation(
    _ target: TypedTable, _ key: String, typedRow: Int32, targetIndex: Int
  ) -> String {
    let file = schema.types[targetIndex].file
    let row = typedRow >= 0 ? Int(target.rowNumbers[Int(typedRow)]) : target.rejectedKeys[key]
    guard let row else { return "" }
    return " (its row \(row) in \(file) is excluded for errors)"
  }
}
