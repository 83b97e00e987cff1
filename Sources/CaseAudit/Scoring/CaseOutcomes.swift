/// Every scored rule's outcome for every case of a census, and the items' outcomes of the rules
/// asked for: what compliance, consistency and `rule_outcome` read, kept without a finding, a
/// message, an item id or any evidence, which a census of 100,000 children does not show.
public struct CaseOutcomes: Sendable {
  /// The rules scored, by id, in the scorer's order.
  public let ruleIDs: [String]
  /// The number of cases, in the order they were scored.
  public let caseCount: Int
  /// The rules whose items' outcomes were asked to be kept (those scoring items have them).
  let keptItems: Set<String>
  /// The outcomes, case by case: `outcomes[case * ruleIDs.count + rule]`.
  var outcomes: [Outcome]
  /// For each rule (by position), its items' outcomes when they were kept, else nil.
  var items: [ItemOutcomes?]

  /// No rules scored for `caseCount` cases: every outcome read from it is unknown.
  init(caseCount: Int) {
    self.init(ruleIDs: [], caseCount: caseCount, keptItems: [], outcomes: [], items: [])
  }

  init(
    ruleIDs: [String], caseCount: Int, keptItems: Set<String>, outcomes: [Outcome],
    items: [ItemOutcomes?]
  ) {
    self.ruleIDs = ruleIDs
    self.caseCount = caseCount
    self.keptItems = keptItems
    self.outcomes = outcomes
    self.items = items
  }

  /// The outcome of the rule at position `rule` of `ruleIDs` for the case at `index`.
  @inline(__always)
  public func outcome(case index: Int, rule: Int) -> Outcome {
    outcomes[index * ruleIDs.count + rule]
  }

  /// Whether `rule_outcome` can read the items of the rule with this id from these outcomes:
  /// they were kept, or the rule was not scored (its outcomes are unknown either way).
  public func keepsItems(of id: String) -> Bool {
    keptItems.contains(id) || !ruleIDs.contains(id)
  }
}

/// One rule's item outcomes over the cases of a census: the items of the case at `index` are at
/// `starts[index]..<starts[index + 1]`, each the record scored (nil for an item that is not a
/// record) and its outcome, in the order the rule scored them.
struct ItemOutcomes: Sendable {
  /// Where each case's items begin, then where the last case's end.
  var starts: [Int] = [0]
  /// The items scored.
  var records: [RecordRef?] = []
  /// Their outcomes.
  var outcomes: [Outcome] = []

  /// Closes the current case's items.
  mutating func endCase() { starts.append(records.count) }

  /// Appends the cases of a later part of the census.
  mutating func append(_ other: ItemOutcomes) {
    let base = records.count
    starts.append(contentsOf: other.starts.dropFirst().map { $0 + base })
    records.append(contentsOf: other.records)
    outcomes.append(contentsOf: other.outcomes)
  }

  /// Whether the case at `index` had no items scored.
  func isEmpty(case index: Int) -> Bool { starts[index] == starts[index + 1] }

  /// The outcome of the first item that is `record` in the case at `index`; nil when the rule
  /// did not score it. A record's key is unique in its type (the import keeps one row per key),
  /// so this is the item whose id is the record's key.
  func outcome(of record: RecordRef, case index: Int) -> Outcome? {
    for position in starts[index]..<starts[index + 1] where records[position] == record {
      return outcomes[position]
    }
    return nil
  }
}

extension ItemOutcomes: ItemOutcomeSink {
  mutating func add(_ outcome: Outcome, of item: Value) {
    if case .record(let record) = item {
      records.append(record)
    } else {
      records.append(nil)
    }
    outcomes.append(outcome)
  }
}
