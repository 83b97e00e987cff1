extension SSDRows {
  /// Persons with an episode of care are the cases.
  mutating func readPersons(_ table: CSVTable, _ diagnostics: inout [Diagnostic]) {
    var loaded = Set<String>()
    for row in table.rows {
      let id = SSDTables.text(table, row, "pers_person_id")
      guard children.contains(id), !loaded.contains(id) else { continue }
      guard let dob = value(table, row, "pers_dob", type: "child", field: "dob", &diagnostics)
      else {
        rows.exclude("child")
        continue
      }
      loaded.insert(id)
      rows.add(
        "child",
        [
          "child_id": .string(id), "dob": dob,
          "sex": text(SSDTables.text(table, row, "pers_sex")),
          "ethnicity": text(SSDTables.text(table, row, "pers_ethnicity")),
        ], at: table.location(row: row.number, column: 1))
    }
    for person in children.subtracting(loaded).sorted() {
      let episode = episodes.first { $0.person == person }!
      diagnostics.append(
        .error(
          "clae_person_id '\(person)' is not in ssd_person", at: episode.location,
          kind: "dangling reference"))
    }
    children = loaded
  }

  func text(_ value: String) -> Value { value.isEmpty ? .null : .string(value) }

  /// Periods of care by `clae_cla_id`: from the entered-care date (else the first episode's
  /// start) to the last episode's end, when it has one.
  mutating func addPeriodsAndEpisodes(_ diagnostics: inout [Diagnostic]) {
    let byPeriod = Dictionary(
      grouping: episodes.filter { children.contains($0.person) }, by: \.period)
    for period in byPeriod.keys.sorted() {
      let chain = byPeriod[period]!.sorted { $0.start < $1.start }
      let last = chain.last!
      let start = chain.compactMap(\.entered).min() ?? chain[0].start
      periodChild[period] = last.person
      rows.add(
        "period",
        [
          "period_id": .string(period), "child_id": .string(last.person),
          "start": .date(start),
          "reviews_recorded_from": coverageStart.flatMap { start < $0 ? .date($0) : nil } ?? .null,
          "end": last.end.map { .date($0) } ?? .null,
          "end_reason": last.end == nil ? .null : last.fields["reason_ceased"] ?? .null,
        ], at: chain[0].location)
      for episode in chain {
        rows.add(
          "episode",
          episode.fields.merging([
            "episode_id": .string(episode.id), "child_id": .string(episode.person),
            "period_id": .string(period), "start": .date(episode.start),
            "end": episode.end.map { .date($0) } ?? .null,
          ]) { $1 }, at: episode.location)
      }
    }
    for episode in episodes where !children.contains(episode.person) { rows.exclude("episode") }
  }

  /// Reviews joined to their period of care (`clar_cla_id`).
  mutating func readReviews(_ table: CSVTable, _ diagnostics: inout [Diagnostic]) {
    for row in table.rows {
      let location = table.location(row: row.number, column: 1)
      let period = SSDTables.text(table, row, "clar_cla_id")
      guard let child = periodChild[period] else {
        diagnostics.append(
          .error(
            "clar_cla_id '\(period)' names no period of care", at: location,
            kind: "dangling reference"))
        rows.exclude("review")
        continue
      }
      let held = value(
        table, row, "clar_cla_review_date", type: "review", field: "held_on", &diagnostics)
      let participation = value(
        table, row, "clar_cla_review_participation", type: "review", field: "participation",
        &diagnostics)
      let cancelled = SSDTables.text(table, row, "clar_cla_review_cancelled").uppercased()
      guard let held, let participation else {
        rows.exclude("review", case: child)
        continue
      }
      rows.add(
        "review",
        [
          "review_id": .string(SSDTables.text(table, row, "clar_cla_review_id")),
          "child_id": .string(child), "period_id": .string(period), "held_on": held,
          "participation": participation, "cancelled": .bool(cancelled == "Y"),
        ], at: location)
    }
  }

  mutating func readTeams(_ table: CSVTable) {
    for row in table.rows {
      rows.add(
        "team",
        [
          "team_id": .string(SSDTables.text(table, row, "dept_team_id")),
          "name": text(SSDTables.text(table, row, "dept_team_name")),
        ], at: table.location(row: row.number, column: 1))
    }
  }

  /// Professionals (each in the team of their latest involvement) and involvements with the
  /// cases as allocations, roles through the mapping.
  mutating func readStaff(
    _ professionals: CSVTable?, _ involvements: CSVTable?, _ diagnostics: inout [Diagnostic]
  ) {
    var latestTeam: [String: (Day, String)] = [:]
    for row in involvements?.rows ?? [] {
      let table = involvements!
      let professional = SSDTables.text(table, row, "invo_professional_id")
      let team = SSDTables.text(table, row, "invo_professional_team")
      let start = SSDTables.date(SSDTables.text(table, row, "invo_involvement_start_date"))
      if let start, !team.isEmpty, start >= (latestTeam[professional]?.0 ?? Day(number: .min / 2)) {
        latestTeam[professional] = (start, team)
      }
    }
    for row in professionals?.rows ?? [] {
      let table = professionals!
      let id = SSDTables.text(table, row, "prof_professional_id")
      rows.add(
        "professional",
        [
          "professional_id": .string(id),
          "name": text(SSDTables.text(table, row, "prof_professional_name")),
          "team_id": latestTeam[id].map { .string($0.1) } ?? .null,
        ], at: table.location(row: row.number, column: 1))
    }
    for row in involvements?.rows ?? [] {
      let table = involvements!
      guard children.contains(SSDTables.text(table, row, "invo_person_id")) else { continue }
      let role = value(
        table, row, "invo_professional_role_id", type: "allocation", field: "role", &diagnostics)
      let start = value(
        table, row, "invo_involvement_start_date", type: "allocation", field: "start", &diagnostics)
      let end = value(
        table, row, "invo_involvement_end_date", type: "allocation", field: "end", &diagnostics)
      guard let role, let start, start != .null, let end else {
        // The child's allocations are then unknown, not absent.
        rows.exclude("allocation", case: SSDTables.text(table, row, "invo_person_id"))
        continue
      }
      rows.add(
        "allocation",
        [
          "allocation_id": .string(SSDTables.text(table, row, "invo_involvements_id")),
          "child_id": .string(SSDTables.text(table, row, "invo_person_id")),
          "professional_id": .string(SSDTables.text(table, row, "invo_professional_id")),
          "role": role, "start": start, "end": end,
        ], at: table.location(row: row.number, column: 1))
    }
  }
}
