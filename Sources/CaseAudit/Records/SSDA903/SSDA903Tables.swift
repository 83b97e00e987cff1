import Foundation

/// The SSDA903 return's CSV files, recognised by their headers rather than their names.
struct SSDA903Tables {
  /// The tables CaseAudit reads, with the columns each must have (the return's own headers
  /// have more; column order is free).
  static let required: [(name: String, columns: Set<String>)] = [
    ("Header", ["CHILD", "SEX", "DOB"]),
    ("Episodes", ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"]),
    ("Reviews", ["CHILD", "REVIEW", "REVIEW_CODE"]),
  ]

  /// Tables of the return that CaseAudit does not use, by a column only they have.
  static let ignored: [(name: String, marker: String)] = [
    ("UASC", "DUC"), ("OC2", "SDQ_SCORE"), ("OC3", "IN_TOUCH"), ("AD1", "DATE_INT"),
    ("PlacedAdoption", "DATE_PLACED"), ("PrevPerm", "PREV_PERM"), ("Missing", "MIS_START"),
    ("SWEpisodes", "SW_ID"), ("DoLo", "DOLO_START"),
  ]

  /// The tables found, by name.
  var tables: [String: CSVTable] = [:]

  /// Reads every CSV file of a folder and sorts them into tables; problems are diagnostics.
  static func read(directory: String, diagnostics: inout [Diagnostic]) -> SSDA903Tables {
    var result = SSDA903Tables()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in names.sorted() where name.lowercased().hasSuffix(".csv") {
      let path = directory + "/" + name
      guard let table = CSVReader().read(fileAt: path, diagnostics: &diagnostics) else { continue }
      let columns = Set(table.header.map { $0.uppercased() })
      if let match = required.first(where: { columns.isSuperset(of: $0.columns) }) {
        if let earlier = result.tables[match.name] {
          diagnostics.append(
            .error(
              "a second \(match.name) table; the first is '\(earlier.path)'",
              at: table.location(row: 1, column: 1), kind: "duplicate table"))
          continue
        }
        result.tables[match.name] = table
      } else if let other = ignored.first(where: { columns.contains($0.marker) }) {
        diagnostics.append(
          Diagnostic(
            .note, "the \(other.name) table is part of the return but not used by CaseAudit",
            at: table.location(row: 1, column: 1), kind: "table not used"))
      } else {
        diagnostics.append(
          Diagnostic(
            .warning, "not a table of the SSDA903 return (its header matches none); ignored",
            at: table.location(row: 1, column: 1), kind: "unknown table"))
      }
    }
    return result
  }

  /// The index of a column in a table by its (case-insensitive) name.
  static func column(_ table: CSVTable, _ name: String) -> Int? {
    table.header.firstIndex { $0.uppercased() == name }
  }

  /// Parses a 903 date, `DD/MM/YYYY`.
  static func date(_ text: String) -> Day? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    return Day(year: year, month: month, day: day)
  }
}
