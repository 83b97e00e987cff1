/// The rule outcomes of a scored census, looked up by case and item: what `rule_outcome` reads
/// in a report's tables, so a table counts reviews by the very verdicts the scorer gave them.
public struct RuleOutcomes: Sendable {
  /// The census's results.
  let results: [CaseResult]
  /// For each row of the case type, the index of its result; -1 when it was not scored.
  let resultOfCase: [Int32]
  /// For each rule of the pack, its finding's position in a result; -1 when it was not scored.
  let findingOfRule: [Int]

  /// Indexes the results of `Scorer.score` over the cases at `caseRows` (in the same order).
  public init(pack: RulePack, data: Dataset, caseRows: [Int], results: [CaseResult]) {
    var resultOfCase = [Int32](repeating: -1, count: data.tables[pack.schema.caseType].count)
    for (index, row) in caseRows.prefix(results.count).enumerated()
    where resultOfCase.indices.contains(row) {
      resultOfCase[row] = Int32(index)
    }
    let scored = results.first?.findings.map(\.ruleID) ?? []
    findingOfRule = pack.rules.map { rule in scored.firstIndex(of: rule.id) ?? -1 }
    self.results = results
    self.resultOfCase = resultOfCase
  }

  /// The outcome of a rule for the frame's case and one of its items (nil: the case's own);
  /// `not_applicable` for an item the rule did not score, null when the rule or the case was
  /// not scored.
  func outcome(rule: Int, item: RecordRef?, frame: Frame) -> Value {
    let row = Int(frame.caseRecord.row)
    guard resultOfCase.indices.contains(row), resultOfCase[row] >= 0,
      findingOfRule.indices.contains(rule), findingOfRule[rule] >= 0
    else { return .null }
    let finding = results[Int(resultOfCase[row])].findings[findingOfRule[rule]]
    guard let item else { return .string(finding.outcome.rawValue) }
    // A case whose records for the rule were not provided has no items: every item is unknown.
    if finding.items.isEmpty && finding.outcome == .insufficientEvidence {
      return .string(Outcome.insufficientEvidence.rawValue)
    }
    let key = frame.data.key(of: item)
    guard let found = finding.items.first(where: { $0.itemID == key }) else {
      return .string(Outcome.notApplicable.rawValue)
    }
    return .string(found.outcome.rawValue)
  }
}
