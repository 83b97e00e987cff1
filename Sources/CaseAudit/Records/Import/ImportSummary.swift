import Foundation

/// The text `caseaudit data check` prints after the diagnostics: problems by kind and by file,
/// and records loaded and excluded per type.
public struct ImportSummary: Sendable {
  /// The import to summarise.
  public let result: ImportResult

  /// Creates a summary.
  public init(result: ImportResult) { self.result = result }

  /// The summary as aligned plain text.
  public func render() -> String {
    let errors = result.diagnostics.filter { $0.severity == .error }
    let warnings = result.diagnostics.filter { $0.severity == .warning }
    var out = "\(count(errors.count, "error")), \(count(warnings.count, "warning"))\n"
    if !result.diagnostics.isEmpty {
      out += "\nBy kind:\n"
      out += table(grouped(result.diagnostics) { $0.kind ?? "other" })
      out += "\nBy file:\n"
      out += table(
        grouped(result.diagnostics) { diagnostic in
          diagnostic.location.map { ImportSummary.fileName($0.file) } ?? "(whole export)"
        })
    }
    out += "\nRecords:\n"
    var rows = [["type", "file", "loaded", "excluded", ""]]
    for count in result.counts {
      let file = ImportSummary.fileName(count.file)
      rows.append(
        count.provided
          ? [count.type, file, String(count.loaded), String(count.excluded), ""]
          : [count.type, file, "-", "-", "not provided"])
    }
    out += align(rows, rightAligned: [2, 3])
    let missing = missingColumns
    if !missing.isEmpty {
      // Not an error (the schema allows them to be absent), but the gate a QA team runs before
      // an audit must say that every rule reading them will find insufficient evidence.
      out += "\nColumns not provided (rules that read them give insufficient evidence):\n"
      out += align(missing.map { [$0.file, $0.columns] }, rightAligned: [])
    }
    return out
  }

  /// Per file the export has, its schema columns that are absent and not said to mean empty.
  private var missingColumns: [(file: String, columns: String)] {
    let dataset = result.dataset
    return result.counts.indices.compactMap { type in
      guard result.counts[type].provided, dataset.providedFields.indices.contains(type) else {
        return nil
      }
      let fields = dataset.schema.types[type].fields
      let absent = fields.indices.filter { !dataset.providedFields[type][$0] }.map {
        fields[$0].name
      }
      guard !absent.isEmpty else { return nil }
      return (
        ImportSummary.fileName(result.counts[type].file), absent.joined(separator: ", ")
      )
    }
  }

  /// A path's last component: the summary is printed under the export's folder.
  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  private func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  /// Error and warning counts per group, groups sorted by name.
  private func grouped(_ diagnostics: [Diagnostic], by key: (Diagnostic) -> String)
    -> [(String, Int, Int)]
  {
    var groups: [String: (Int, Int)] = [:]
    for diagnostic in diagnostics {
      var entry = groups[key(diagnostic), default: (0, 0)]
      if diagnostic.severity == .error { entry.0 += 1 } else { entry.1 += 1 }
      groups[key(diagnostic)] = entry
    }
    return groups.keys.sorted().map { ($0, groups[$0]!.0, groups[$0]!.1) }
  }

  private func table(_ groups: [(String, Int, Int)]) -> String {
    align(
      [["", "errors", "warnings"]] + groups.map { [$0.0, String($0.1), String($0.2)] },
      rightAligned: [1, 2])
  }

  private func align(_ rows: [[String]], rightAligned: Set<Int>) -> String {
    TextTable.render(rows, rightAligned: rightAligned, indent: "  ")
  }
}
