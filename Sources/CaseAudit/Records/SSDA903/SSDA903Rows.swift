/// Turns the rows of an SSDA903 return into canonical records, counting what loads and what is
/// excluded for errors.
struct SSDA903Rows {
  let schema: Schema
  var rows: CanonicalRows
  var children = Set<String>()
  /// The Header rows excluded for errors, by CHILD, so rows of theirs say why they are excluded.
  var excludedChildren: [String: SourceLocation] = [:]
  var periods = PeriodsOfCare()
  /// The first day the return's reviews cover; periods that began before it hold their
  /// reviews only from then.
  var coverageStart: Day?
  var reviewsSeen = Set<String>()
  /// The fields a return fills, by type; others are not provided.
  static let filled: [String: Set<String>] = [
    "child": ["child_id", "dob", "sex", "ethnicity"],
    "period": ["period_id", "child_id", "start", "end", "end_reason", "reviews_recorded_from"],
    "episode": [
      "episode_id", "child_id", "period_id", "start", "end", "legal_status", "placement",
      "reason_new", "reason_ceased",
    ],
    "review": ["review_id", "child_id", "period_id", "held_on", "participation", "cancelled"],
  ]
  static let needed: [String: [String]] = [
    "child": ["child_id", "dob"], "period": ["period_id", "child_id", "start", "end"],
    "episode": ["episode_id", "child_id", "period_id", "start", "end"],
    "review": ["review_id", "child_id", "period_id", "held_on", "participation"],
  ]

  init(schema: Schema) {
    self.schema = schema
    rows = CanonicalRows(schema: schema, format: "SSDA903")
  }

  /// Whether the schema has the canonical types and fields a return fills.
  mutating func checkSchema(_ diagnostics: inout [Diagnostic]) -> Bool {
    rows.checkSchema(needs: SSDA903Rows.needed, &diagnostics)
  }

  mutating func add(_ type: String, _ fields: [String: Value], at location: SourceLocation) {
    rows.add(type, fields, at: location)
  }

  mutating func exclude(_ type: String) { rows.exclude(type) }

  /// Leaves out an episode of a known child: its periods, derived from the episodes, and its
  /// reviews, placed in them, are then unknown.
  mutating func excludeEpisode(of child: String) {
    rows.exclude("episode", case: child, alsoUnknown: ["period", "review"])
  }

  /// A date cell, or an error naming the value.
  func date(
    _ table: CSVTable, _ row: CSVTable.Row, _ column: Int?, _ name: String, required: Bool,
    _ diagnostics: inout [Diagnostic]
  ) -> (ok: Bool, day: Day?) {
    guard let column else { return (!required, nil) }
    let text = CSVReader.trimmed(row.fields[column])
    let location = table.location(row: row.number, column: column + 1)
    if text.isEmpty {
      if required {
        diagnostics.append(
          .error("'\(name)' is empty; it is required", at: location, kind: "missing value"))
      }
      return (!required, nil)
    }
    guard let day = SSDA903Tables.date(text) else {
      diagnostics.append(
        .error(
          "'\(text)' is not a date (DD/MM/YYYY) for '\(name)'", at: location, kind: "invalid date"))
      return (false, nil)
    }
    if let warning = PaddedDate.warning(row.fields[column], read: text, at: location) {
      diagnostics.append(warning)
    }
    return (true, day)
  }

  mutating func readChildren(_ table: CSVTable, _ diagnostics: inout [Diagnostic]) {
    let columns = ["CHILD", "SEX", "DOB", "ETHNIC"].map { SSDA903Tables.column(table, $0) }
    for row in table.rows {
      let child = CSVReader.trimmed(row.fields[columns[0]!])
      let dob = date(table, row, columns[2], "DOB", required: false, &diagnostics)
      let location = table.location(row: row.number, column: columns[0]! + 1)
      if child.isEmpty || children.contains(child) {
        let message =
          child.isEmpty ? "'CHILD' is empty; it is required" : "duplicate CHILD '\(child)'"
        diagnostics.append(
          .error(message, at: location, kind: child.isEmpty ? "missing value" : "duplicate key"))
        exclude("child")
        continue
      }
      guard dob.ok else {
        exclude("child")
        excludedChildren[child] = excludedChildren[child] ?? location
        continue
      }
      children.insert(child)
      let text = { (index: Int) in columns[index].map { CSVReader.trimmed(row.fields[$0]) } ?? "" }
      add(
        "child",
        [
          "child_id": .string(child), "dob": dob.day.map { .date($0) } ?? .null,
          "sex": text(1).isEmpty ? .null : .string(text(1)),
          "ethnicity": text(3).isEmpty ? .null : .string(text(3)),
        ], at: location)
    }
  }

  mutating func readEpisodes(_ table: CSVTable, _ diagnostics: inout [Diagnostic]) -> [Episode] {
    let names = ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"]
    let columns = names.map { SSDA903Tables.column(table, $0) }
    var episodes: [Episode] = []
    for row in table.rows {
      let text = { (index: Int) in columns[index].map { CSVReader.trimmed(row.fields[$0]) } ?? "" }
      let location = table.location(row: row.number, column: columns[0]! + 1)
      guard children.contains(text(0)) else {
        diagnostics.append(
          .error(unknownChild(text(0)), at: location, kind: "dangling reference"))
        exclude("episode")
        continue
      }
      let start = date(table, row, columns[1], "DECOM", required: true, &diagnostics)
      let end = date(table, row, columns[5], "DEC", required: false, &diagnostics)
      guard start.ok, end.ok, let from = start.day else {
        excludeEpisode(of: text(0))
        continue
      }
      if let to = end.day, to < from {
        diagnostics.append(
          .error(
            "DEC \(to) is before DECOM \(from)",
            at: table.location(row: row.number, column: columns[5]! + 1), kind: "invalid date"))
        excludeEpisode(of: text(0))
        continue
      }
      episodes.append(
        Episode(
          child: text(0), start: from, end: end.day, reasonNew: text(2), legalStatus: text(3),
          placement: text(4), reasonCeased: text(6), location: location))
    }
    return episodes
  }

  func childKnown(_ child: String) -> Bool { children.contains(child) }

  /// Why a row's CHILD names no loaded child: not in the Header table, or its row there was
  /// excluded for errors (said as the canonical importer says it, so the user fixes that row).
  func unknownChild(_ child: String) -> String {
    guard let header = excludedChildren[child] else {
      return "CHILD '\(child)' is not in the Header table"
    }
    let file = header.file.split(separator: "/").last.map(String.init) ?? header.file
    return "CHILD '\(child)' names no loaded child (its row \(header.line) in \(file) is excluded"
      + " for errors)"
  }

  mutating func excludeReview(of child: String? = nil) { rows.exclude("review", case: child) }

  mutating func addReview(_ fields: [String: Value], at location: SourceLocation) {
    add("review", fields, at: location)
  }

  mutating func periodsOf(_ child: String, append period: PeriodsOfCare.Span) {
    periods.add(child: child, period)
  }

  /// A review's date, or nil after reporting why not.
  func reviewDate(
    _ table: CSVTable, _ row: CSVTable.Row, _ column: Int, _ diagnostics: inout [Diagnostic]
  ) -> Day? {
    date(table, row, column, "REVIEW", required: true, &diagnostics).day
  }

  /// The import's result: the dataset, every diagnostic sorted, and counts per type.
  func result(diagnostics: [Diagnostic], directory: String) -> ImportResult {
    let files = [
      "child": "Header", "period": "Episodes (derived)", "episode": "Episodes",
      "review": "Reviews",
    ]
    return rows.result(diagnostics: diagnostics, files: files, filled: SSDA903Rows.filled)
  }
}
