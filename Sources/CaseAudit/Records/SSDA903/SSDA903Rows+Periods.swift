extension SSDA903Rows {
  /// Periods derived from each child's episodes, then the episodes themselves.
  mutating func addPeriods(_ episodes: [Episode], _ diagnostics: inout [Diagnostic]) {
    let byChild = Dictionary(grouping: episodes, by: \.child)
    for child in byChild.keys.sorted() {
      let derived = EpisodeChains.periods(of: byChild[child]!, diagnostics: &diagnostics)
      for (number, period) in derived.enumerated() {
        let id = "\(child)-P\(number + 1)"
        periodsOf(child, append: .init(id: id, start: period.start, end: period.end))
        add(
          "period",
          [
            "period_id": .string(id), "child_id": .string(child), "start": .date(period.start),
            "end": period.end.map { .date($0) } ?? .null,
            "end_reason": period.endReason.isEmpty ? .null : .string(period.endReason),
            "reviews_recorded_from": coverageStart.flatMap { period.start < $0 ? .date($0) : nil }
              ?? .null,
          ], at: period.episodes[0].location)
        for episode in period.episodes {
          add(
            "episode",
            [
              "episode_id": .string("\(child)-E\(episode.start)"), "child_id": .string(child),
              "period_id": .string(id), "start": .date(episode.start),
              "end": episode.end.map { .date($0) } ?? .null,
              "legal_status": text(episode.legalStatus), "placement": text(episode.placement),
              "reason_new": text(episode.reasonNew), "reason_ceased": text(episode.reasonCeased),
            ], at: episode.location)
        }
      }
    }
  }

  private func text(_ value: String) -> Value { value.isEmpty ? .null : .string(value) }

  /// Reviews with their participation codes, each attributed to the period containing it (one
  /// in no period, or in two, has none and is reported).
  mutating func readReviews(_ table: CSVTable, _ diagnostics: inout [Diagnostic]) {
    let columns = ["CHILD", "REVIEW", "REVIEW_CODE"].map { SSDA903Tables.column(table, $0) }
    let codes = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]
    var counts: [String: Int] = [:]
    for row in table.rows {
      let child = CSVReader.trimmed(row.fields[columns[0]!])
      let location = table.location(row: row.number, column: columns[0]! + 1)
      guard childKnown(child) else {
        diagnostics.append(
          .error(unknownChild(child), at: location, kind: "dangling reference"))
        excludeReview()
        continue
      }
      let held = reviewDate(table, row, columns[1]!, &diagnostics)
      let code = CSVReader.trimmed(row.fields[columns[2]!]).uppercased()
      if !code.isEmpty && !codes.contains(code) {
        let hint = NearMiss.hint(for: code, among: codes, expected: "one of PN0 to PN7")
        diagnostics.append(
          .error(
            "'\(code)' is not a code of 'REVIEW_CODE'\(hint)",
            at: table.location(row: row.number, column: columns[2]! + 1), kind: "unknown code"))
      }
      guard let held, code.isEmpty || codes.contains(code) else {
        excludeReview(of: child)
        continue
      }
      // The same review in this year's and the previous year's return is one review.
      guard reviewsSeen.insert("\(child)\u{0}\(held)\u{0}\(code)").inserted else { continue }
      let attribution = periods.attribution(of: held, child: child)
      let warning = PeriodsOfCare.warning(
        for: attribution, held: held, at: table.location(row: row.number, column: columns[1]! + 1))
      if let warning { diagnostics.append(warning) }
      var period: String?
      if case .period(let id) = attribution { period = id }
      counts[child, default: 0] += 1
      addReview(
        [
          "review_id": .string("\(child)-R\(held)-\(counts[child]!)"), "child_id": .string(child),
          "period_id": period.map { .string($0) } ?? .null, "held_on": .date(held),
          "participation": code.isEmpty ? .null : .string(code), "cancelled": .bool(false),
        ], at: location)
    }
  }
}
