extension Scorer {
  /// Every scored rule's outcome for the cases at `rows`, in row order, decided as `score`
  /// decides them but without building a finding; the items' outcomes are kept for the rules
  /// named in `keepingItemsOf` that score items. The result does not depend on how many
  /// threads ran.
  ///
  /// `progress` is called with the number of cases scored so far, from any thread.
  public func outcomes(
    _ data: Dataset, context: AuditContext, rows: [Int], keepingItemsOf kept: Set<String> = [],
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> CaseOutcomes {
    let chunk = 256
    let chunks = (rows.count + chunk - 1) / chunk
    let missing = rules.map { RuleEvaluator.missingFields($0, data) != nil }
    let keeps = rules.map { kept.contains($0.id) && $0.forEach != nil }
    let parts = ParallelMap.map(chunks) { part in
      var frame = scoringFrame(data, context: context)
      let range = (part * chunk)..<min(rows.count, (part + 1) * chunk)
      defer { progress?(range.count) }
      var outcomes: [Outcome] = []
      outcomes.reserveCapacity(range.count * rules.count)
      var items = keeps.map { $0 ? ItemOutcomes() : nil }
      var ignored = IgnoredItems()
      var lists = [Value?](repeating: nil, count: rules.count)
      for index in range {
        frame.caseRecord = RecordRef(type: pack.schema.caseType, row: rows[index])
        frame.prefetched = prefetch.read(data, caseRow: rows[index])
        for position in lists.indices { lists[position] = nil }
        for position in rules.indices {
          guard items[position] != nil else {
            outcomes.append(
              RuleEvaluator.outcome(
                plans[position], missing: missing[position], frame: &frame, items: &ignored,
                list: &lists[sameItems[position]]))
            continue
          }
          outcomes.append(
            RuleEvaluator.outcome(
              plans[position], missing: missing[position], frame: &frame,
              items: &items[position]!, list: &lists[sameItems[position]]))
          items[position]!.endCase()
        }
      }
      return (outcomes: outcomes, items: items)
    }
    var outcomes: [Outcome] = []
    outcomes.reserveCapacity(rows.count * rules.count)
    var items = keeps.map { $0 ? ItemOutcomes() : nil }
    for part in parts {
      outcomes.append(contentsOf: part.outcomes)
      for position in items.indices where items[position] != nil {
        items[position]!.append(part.items[position]!)
      }
    }
    return CaseOutcomes(
      ruleIDs: rules.map(\.id), caseCount: rows.count, keptItems: kept, outcomes: outcomes,
      items: items)
  }
}

/// Items' outcomes nobody reads.
private struct IgnoredItems: ItemOutcomeSink {
  mutating func add(_ outcome: Outcome, of item: Value) {}
}
