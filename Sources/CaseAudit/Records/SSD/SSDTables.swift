import Foundation

/// The Standard Safeguarding Dataset's tables dumped as CSV (`ssd_person.csv`, ...), with the
/// dialect such dumps have: SQL Server datetimes or ISO or `DD/MM/YYYY` dates, `NULL` and `-1`
/// for nothing.
struct SSDTables {
  /// The tables read, by name (`ssd_person`).
  var tables: [String: CSVTable] = [:]

  /// The tables CaseAudit reads, with the columns each must have.
  static let used: [String: [String]] = [
    "ssd_person": ["pers_person_id", "pers_dob"],
    "ssd_cla_episodes": [
      "clae_cla_episode_id", "clae_person_id", "clae_cla_id",
      "clae_cla_episode_start_date",
    ],
    "ssd_cla_reviews": ["clar_cla_review_id", "clar_cla_id", "clar_cla_review_date"],
    "ssd_involvements": [
      "invo_involvements_id", "invo_professional_id", "invo_person_id",
      "invo_professional_role_id", "invo_involvement_start_date",
    ],
    "ssd_professionals": ["prof_professional_id"],
    "ssd_department": ["dept_team_id", "dept_team_name"],
    "ssd_cla_placement": ["clap_cla_placement_id", "clap_cla_placement_type"],
  ]

  /// Why tables the importer knows of are not read.
  static let unusedReasons: [String: String] = [
    "ssd_cla_care_plan":
      "holds only each plan's latest answers, not when a permanence plan was first recorded",
    "ssd_cla_visits": "holds social workers' statutory visits, not the IRO's notes",
  ]

  /// Reads the folder's `ssd_*.csv` files; missing required columns are errors.
  static func read(directory: String, diagnostics: inout [Diagnostic]) -> SSDTables {
    var result = SSDTables()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in names.sorted()
    where name.lowercased().hasPrefix("ssd_") && name.lowercased().hasSuffix(".csv") {
      let table = String(name.lowercased().dropLast(4))
      guard let columns = used[table] else {
        diagnostics.append(
          Diagnostic(
            .note,
            "the \(table) table is not used by CaseAudit"
              + (unusedReasons[table].map { ": it \($0)" } ?? ""),
            at: SourceLocation(file: directory + "/" + name, line: 1, column: 1),
            kind: "table not used"))
        continue
      }
      let path = directory + "/" + name
      guard let read = CSVReader().read(fileAt: path, diagnostics: &diagnostics) else { continue }
      let header = Set(read.header.map { $0.lowercased() })
      let missing = columns.filter { !header.contains($0) }
      for column in missing {
        diagnostics.append(
          .error(
            "missing column '\(column)' of \(table); the table is not loaded",
            at: read.location(row: 1, column: 1), kind: "missing column"))
      }
      if missing.isEmpty { result.tables[table] = read }
    }
    return result
  }

  /// A column's index by name.
  static func column(_ table: CSVTable, _ name: String) -> Int? {
    table.header.firstIndex { $0.lowercased() == name }
  }

  /// A cell's text, with `NULL` and `-1` (the SSD's "none") as empty.
  static func text(_ table: CSVTable, _ row: CSVTable.Row, _ name: String) -> String {
    guard let column = column(table, name) else { return "" }
    let text = CSVReader.trimmed(row.fields[column])
    return text == "NULL" || text == "-1" ? "" : text
  }

  /// A date in any of the dialects SSD dumps use.
  static func date(_ text: String) -> Day? {
    let datePart = text.replacingOccurrences(of: "T", with: " ")
    for format in [DateFormat.iso, .sqlServer, .dayMonthYear] {
      if let day = format.parse(datePart) { return day }
    }
    return nil
  }
}
