import Foundation

/// Reads a dump of the Standard Safeguarding Dataset: persons in care, periods of care (the
/// episodes' `clae_cla_id`), episodes, reviews, professionals, teams and involvements as
/// allocations. Local codes (involvement roles, participation text, reasons) go through the
/// mapping's value maps. The SSD has no case notes, escalations or dated permanence plans:
/// those are not provided.
public struct SSDImporter: Sendable {
  /// The schema to fill.
  public let schema: Schema
  /// Value maps for local codes, when the dump needs them.
  public let mapping: ExportMapping?

  /// Creates an importer.
  public init(schema: Schema, mapping: ExportMapping? = nil) {
    self.schema = schema
    self.mapping = mapping
  }

  static let needs: [String: [String]] = [
    "child": ["child_id", "dob"], "period": ["period_id", "child_id", "start", "end"],
    "episode": ["episode_id", "child_id", "period_id", "start", "end"],
    "review": ["review_id", "child_id", "period_id", "held_on", "participation", "cancelled"],
    "professional": ["professional_id", "name", "team_id"], "team": ["team_id", "name"],
    "allocation": ["allocation_id", "child_id", "professional_id", "role", "start", "end"],
  ]

  static let filled: [String: Set<String>] = [
    "child": ["child_id", "dob", "sex", "ethnicity"],
    "period": ["period_id", "child_id", "start", "end", "end_reason", "reviews_recorded_from"],
    "episode": [
      "episode_id", "child_id", "period_id", "start", "end", "placement", "reason_new",
      "reason_ceased",
    ],
    "review": ["review_id", "child_id", "period_id", "held_on", "participation", "cancelled"],
    "professional": ["professional_id", "name", "team_id"], "team": ["team_id", "name"],
    "allocation": ["allocation_id", "child_id", "professional_id", "role", "start", "end"],
  ]

  /// Imports the `ssd_*.csv` files of a folder.
  public func load(directory: String) -> ImportResult {
    var diagnostics: [Diagnostic] = []
    let tables = SSDTables.read(directory: directory, diagnostics: &diagnostics)
    var rows = SSDRows(schema: schema, mapping: mapping)
    for table in ["ssd_person", "ssd_cla_episodes", "ssd_cla_reviews"]
    where tables.tables[table] == nil {
      diagnostics.append(.error("no usable \(table).csv in '\(directory)'", kind: "missing table"))
    }
    let files = [
      "child": "ssd_person", "period": "ssd_cla_episodes (clae_cla_id)",
      "episode": "ssd_cla_episodes", "review": "ssd_cla_reviews",
      "professional": "ssd_professionals", "team": "ssd_department",
      "allocation": "ssd_involvements",
    ]
    guard rows.rows.checkSchema(needs: SSDImporter.needs, &diagnostics),
      let person = tables.tables["ssd_person"], let episodes = tables.tables["ssd_cla_episodes"]
    else {
      return rows.rows.result(diagnostics: diagnostics, files: files, filled: SSDImporter.filled)
    }
    rows.readEpisodes(episodes, placements: tables.tables["ssd_cla_placement"], &diagnostics)
    rows.readPersons(person, &diagnostics)
    // The dump keeps a window of history: reviews are there from the collection year (from
    // 1 April) of its earliest review.
    if let reviews = tables.tables["ssd_cla_reviews"] {
      let days = reviews.rows.compactMap {
        SSDTables.date(SSDTables.text(reviews, $0, "clar_cla_review_date"))
      }
      if let earliest = days.min() {
        let (year, month, _) = earliest.components
        rows.coverageStart = Day(year: month >= 4 ? year : year - 1, month: 4, day: 1)
      }
    }
    rows.addPeriodsAndEpisodes(&diagnostics)
    if let table = tables.tables["ssd_cla_reviews"] { rows.readReviews(table, &diagnostics) }
    if let table = tables.tables["ssd_department"] { rows.readTeams(table) }
    rows.readStaff(
      tables.tables["ssd_professionals"], tables.tables["ssd_involvements"], &diagnostics)
    return rows.rows.result(diagnostics: diagnostics, files: files, filled: SSDImporter.filled)
  }

  /// Whether a folder holds an SSD dump (an `ssd_person.csv` or `ssd_cla_episodes.csv`).
  public static func looksLikeDump(_ directory: String) -> Bool {
    let names = Set(
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).map {
        $0.lowercased()
      })
    return names.contains("ssd_person.csv") || names.contains("ssd_cla_episodes.csv")
  }
}
