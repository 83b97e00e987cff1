import Foundation

/// Reads an SSDA903 return (Header, Episodes and Reviews as CSV, `DD/MM/YYYY` dates) into the
/// pack's canonical types: children, episodes, periods of care derived from episode chains, and
/// reviews attributed to the period containing them. The return has no notes, plans,
/// allocations or escalations: those are *not provided*.
public struct SSDA903Importer: Sendable {
  /// The schema to fill; it must have the canonical child, period, episode and review types.
  public let schema: Schema

  /// Creates an importer.
  public init(schema: Schema) { self.schema = schema }

  /// Imports a return, with the previous year's to recover periods that began before it.
  public func load(directory: String, previous: String? = nil) -> ImportResult {
    var diagnostics: [Diagnostic] = []
    let current = SSDA903Tables.read(directory: directory, diagnostics: &diagnostics)
    let earlier = previous.map { SSDA903Tables.read(directory: $0, diagnostics: &diagnostics) }
    var reader = SSDA903Rows(schema: schema)
    // A previous year's return is given to recover periods' starts; one without episodes
    // recovers nothing, so the user is told rather than left to think it was used.
    if let previous, earlier?.tables["Episodes"] == nil {
      diagnostics.append(
        .error(
          "no Episodes table in the previous year's return '\(previous)' (a CSV whose header"
            + " has \(SSDA903Importer.columns(of: "Episodes")))",
          kind: "missing table"))
    }
    for name in ["Header", "Episodes", "Reviews"] where current.tables[name] == nil {
      diagnostics.append(
        .error(
          "no \(name) table in '\(directory)' (a CSV whose header has"
            + " \(SSDA903Importer.columns(of: name)))",
          kind: "missing table"))
    }
    guard reader.checkSchema(&diagnostics), let header = current.tables["Header"] else {
      return reader.result(diagnostics: diagnostics, directory: directory)
    }
    reader.readChildren(header, &diagnostics)
    let children = reader.children
    let earlierTables = earlier?.tables.mapValues {
      SSDA903Importer.rows(of: $0, forChildrenIn: children)
    }
    var episodes: [Episode] = []
    if let table = earlierTables?["Episodes"] {
      episodes += reader.readEpisodes(table, &diagnostics)
    }
    if let table = current.tables["Episodes"] {
      let recent = reader.readEpisodes(table, &diagnostics)
      let seen = Set(recent.map { "\($0.child)\u{0}\($0.start.number)" })
      episodes = episodes.filter { !seen.contains("\($0.child)\u{0}\($0.start.number)") } + recent
    }
    let reviewTables = [earlierTables?["Reviews"], current.tables["Reviews"]].compactMap { $0 }
    reader.coverageStart = SSDA903Importer.coverageStart(reviewTables)
    reader.addPeriods(episodes, &diagnostics)
    for table in reviewTables { reader.readReviews(table, &diagnostics) }
    var result = reader.result(diagnostics: diagnostics, directory: directory)
    // The previous return adds only this year's children's history: the population is this
    // return's year's.
    result.dataset.recordsFrom = SSDA903Importer.coverageStart(
      [current.tables["Reviews"]].compactMap { $0 })
    return result
  }

  /// The previous year's rows of this year's children. The previous return serves only to
  /// recover their earlier episodes and reviews; the children who left care before this year
  /// are not in this return, and are not this import's to report on.
  static func rows(of table: CSVTable, forChildrenIn children: Set<String>) -> CSVTable {
    guard let column = SSDA903Tables.column(table, "CHILD") else { return table }
    var kept = table
    kept.rows = table.rows.filter { children.contains(CSVReader.trimmed($0.fields[column])) }
    return kept
  }

  /// The columns a table must have, listed.
  static func columns(of table: String) -> String {
    let columns = SSDA903Tables.required.first { $0.name == table }?.columns ?? []
    return columns.sorted().joined(separator: ", ")
  }

  /// The first day of the earliest collection year (from 1 April) whose reviews are present:
  /// reviews before it are not in the export.
  static func coverageStart(_ tables: [CSVTable]) -> Day? {
    var earliest: Day?
    for table in tables {
      guard let column = SSDA903Tables.column(table, "REVIEW") else { continue }
      for row in table.rows {
        guard let day = SSDA903Tables.date(CSVReader.trimmed(row.fields[column])) else { continue }
        earliest = min(earliest ?? day, day)
      }
    }
    guard let earliest else { return nil }
    let (year, month, _) = earliest.components
    return Day(year: month >= 4 ? year : year - 1, month: 4, day: 1)
  }

  /// Whether a folder holds an SSDA903 return (a CSV with the Header or Episodes columns).
  public static func looksLikeReturn(_ directory: String) -> Bool {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in names where name.lowercased().hasSuffix(".csv") {
      // The header is in the first 4 KiB; a file that cannot be read is reported on import.
      guard case .success(let data) = InputFile.bytes(at: directory + "/" + name, limit: 4096)
      else { continue }
      let firstLine =
        String(decoding: data.prefix(4096), as: UTF8.self)
        .split(whereSeparator: \.isNewline).first ?? ""
      let columns = Set(
        firstLine.split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces).uppercased()
        })
      if SSDA903Tables.required.prefix(2).contains(where: { columns.isSuperset(of: $0.columns) }) {
        return true
      }
    }
    return false
  }
}
