/// Turns the rows of SSD tables into canonical records.
struct SSDRows {
  /// An episode as read, before periods are formed.
  struct EpisodeRow {
    var id: String
    var person: String
    var period: String
    var start: Day
    var end: Day?
    var entered: Day?
    var fields: [String: Value]
    var location: SourceLocation
  }

  var rows: CanonicalRows
  let mapping: ExportMapping?
  var episodes: [EpisodeRow] = []
  var children = Set<String>()
  var periodChild: [String: String] = [:]
  /// The first day the dump's reviews cover.
  var coverageStart: Day?

  init(schema: Schema, mapping: ExportMapping?) {
    rows = CanonicalRows(schema: schema, format: "the SSD")
    self.mapping = mapping
  }

  /// A cell as the canonical value of a field: through the mapping's value map, then typed;
  /// nil (with an error at the cell) when it is not valid.
  func value(
    _ table: CSVTable, _ row: CSVTable.Row, _ column: String, type: String, field: String,
    _ diagnostics: inout [Diagnostic]
  ) -> Value? {
    let text = SSDTables.text(table, row, column)
    if text.isEmpty { return .null }
    let schema = rows.schema
    guard let index = schema.typeIndex(type), let fieldIndex = schema.types[index].fieldIndex(field)
    else { return .null }
    let definition = schema.types[index].fields[fieldIndex]
    let location = table.location(
      row: row.number, column: (SSDTables.column(table, column) ?? 0) + 1)
    if definition.type.base == .date {
      if let day = SSDTables.date(text) {
        let raw = row.fields[SSDTables.column(table, column) ?? 0]
        if let warning = PaddedDate.warning(raw, read: text, at: location) {
          diagnostics.append(warning)
        }
        return .date(day)
      }
      diagnostics.append(
        .error("'\(text)' is not a date for '\(column)'", at: location, kind: "invalid date"))
      return nil
    }
    let mapped = mapping.map { $0.apply(text, type: type, field: definition) } ?? text
    guard let mapped else {
      diagnostics.append(
        .error(
          "'\(text)' has no mapping for '\(field)'; add it under types: \(type): values:"
            + " \(field): in \(mapping?.path ?? "a mapping file given with --mapping")",
          at: location, kind: "unmapped value"))
      return nil
    }
    switch definition.type.value(from: mapped, field: field) {
    case .success(let value): return value
    case .failure(let error):
      let hint = mapping == nil ? " (a mapping file can map local codes)" : ""
      diagnostics.append(.error(error.message + hint, at: location, kind: "unknown code"))
      return nil
    }
  }

  mutating func readEpisodes(
    _ table: CSVTable, placements: CSVTable?, _ diagnostics: inout [Diagnostic]
  ) {
    var placementType: [String: String] = [:]
    for row in placements?.rows ?? [] {
      placementType[SSDTables.text(placements!, row, "clap_cla_placement_id")] =
        SSDTables.text(placements!, row, "clap_cla_placement_type")
    }
    for row in table.rows {
      let location = table.location(row: row.number, column: 1)
      let id = SSDTables.text(table, row, "clae_cla_episode_id")
      let person = SSDTables.text(table, row, "clae_person_id")
      let period = SSDTables.text(table, row, "clae_cla_id")
      let start = value(
        table, row, "clae_cla_episode_start_date", type: "episode", field: "start", &diagnostics)
      let end = value(
        table, row, "clae_cla_episode_ceased_date", type: "episode", field: "end", &diagnostics)
      let entered = value(
        table, row, "clae_entered_care_date", type: "period", field: "start", &diagnostics)
      let reasonNew = value(
        table, row, "clae_cla_episode_start_reason", type: "episode", field: "reason_new",
        &diagnostics)
      let reasonCeased = value(
        table, row, "clae_cla_episode_ceased_reason", type: "episode", field: "reason_ceased",
        &diagnostics)
      guard !id.isEmpty, !person.isEmpty, !period.isEmpty, case .date(let from)? = start,
        let end, let entered, let reasonNew, let reasonCeased
      else {
        if id.isEmpty || person.isEmpty || period.isEmpty || start == .null {
          diagnostics.append(
            .error(
              "an episode needs clae_cla_episode_id, clae_person_id, clae_cla_id and a start date",
              at: location, kind: "missing value"))
        }
        // Periods derive from the episodes, and reviews are placed in the periods: all three
        // are then unknown for the person (as for an SSDA903 return).
        rows.exclude(
          "episode", case: person.isEmpty ? nil : person, alsoUnknown: ["period", "review"])
        continue
      }
      let placement = placementType[SSDTables.text(table, row, "clae_cla_placement_id")]
      children.insert(person)
      episodes.append(
        EpisodeRow(
          id: id, person: person, period: period, start: from,
          end: end == .null ? nil : { if case .date(let d) = end { d } else { nil } }(),
          entered: { if case .date(let d) = entered { d } else { nil } }(),
          fields: [
            "reason_new": reasonNew, "reason_ceased": reasonCeased,
            "placement": placement.map { .string($0) } ?? .null,
          ], location: location))
    }
  }
}
