extension Scorer {
  /// The counts of scoring the cases at the given rows (all cases when nil): the same summary
  /// as `ScoreSummary(results: score(...))`, without building a finding, an item id, a message
  /// or any evidence, which a summary does not show. Its tallies are left for the caller
  /// (`tallies(_:context:rows:slotCount:)`).
  ///
  /// `progress` is called with the number of cases scored so far, from any thread.
  public func summary(
    _ data: Dataset, context: AuditContext, rows: [Int]? = nil,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> ScoreSummary {
    let caseCount = rows?.count ?? data.tables[pack.schema.caseType].count
    let chunk = 256
    let chunks = (caseCount + chunk - 1) / chunk
    let grader = Grader(pack: pack)
    let weights = grader?.weights(of: rules) ?? []
    let bands = grader?.grading.bands.count ?? 0
    let missing = rules.map { RuleEvaluator.missingFields($0, data) != nil }
    let parts = ParallelMap.map(chunks) { part in
      var frame = scoringFrame(data, context: context)
      let range = (part * chunk)..<min(caseCount, (part + 1) * chunk)
      defer { progress?(range.count) }
      var counts = SummaryCounts(rules: rules.count, bands: bands)
      var outcomes = [Outcome](repeating: .notApplicable, count: rules.count)
      var lists = [Value?](repeating: nil, count: rules.count)
      for index in range {
        let row = rows?[index] ?? index
        frame.caseRecord = RecordRef(type: pack.schema.caseType, row: row)
        frame.prefetched = prefetch.read(data, caseRow: row)
        for position in lists.indices { lists[position] = nil }
        for position in rules.indices {
          let outcome = RuleEvaluator.outcome(
            plans[position], missing: missing[position], frame: &frame,
            items: &counts.items[position], list: &lists[sameItems[position]])
          counts.cases[position].add(outcome)
          outcomes[position] = outcome
        }
        // The last slot counts the cases not graded.
        counts.grades[grader?.grade(outcomes, weights: weights)?.band ?? bands] += 1
      }
      return counts
    }
    var total = SummaryCounts(rules: rules.count, bands: bands)
    for part in parts { total.add(part) }
    var byName: [String: Int] = [:]
    let names = (grader?.grading.bands.map(\.name) ?? []) + ["not graded"]
    for (name, cases) in zip(names, total.grades) { byName[name, default: 0] += cases }
    let counted = rules.indices.map { position in
      ScoreSummary.RuleCounts(
        ruleID: rules[position].id, title: rules[position].title, cases: total.cases[position],
        items: total.items[position], scoresItems: rules[position].forEach != nil)
    }
    return ScoreSummary(
      caseCount: caseCount, rules: counted, grades: names.map { ($0, byName[$0] ?? 0) },
      tallies: [])
  }
}

/// Outcome counts of part of a census, per rule, and cases per grade band.
private struct SummaryCounts: Sendable {
  /// Case outcomes per rule.
  var cases: [OutcomeCounts]
  /// Item outcomes per rule.
  var items: [OutcomeCounts]
  /// Cases per band, in band order, then those not graded.
  var grades: [Int]

  init(rules: Int, bands: Int) {
    cases = Array(repeating: OutcomeCounts(), count: rules)
    items = cases
    grades = Array(repeating: 0, count: bands + 1)
  }

  mutating func add(_ other: SummaryCounts) {
    for index in cases.indices {
      cases[index].add(other.cases[index])
      items[index].add(other.items[index])
    }
    for index in grades.indices { grades[index] += other.grades[index] }
  }
}
