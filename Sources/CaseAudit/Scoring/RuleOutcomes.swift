/// The rule outcomes of a scored census, looked up by case and item: what `rule_outcome` reads
/// in a report's tables, so a table counts reviews by the very verdicts the scorer gave them.
public struct RuleOutcomes: Sendable {
  /// Where the outcomes were taken from.
  enum Source: Sendable {
    /// Every case's findings, from `Scorer.score`.
    case findings([CaseResult])
    /// Every case's outcomes, from `Scorer.outcomes`, with the items of the rules read.
    case counted(CaseOutcomes)
  }

  /// The outcomes.
  let source: Source
  /// For each row of the case type, the index of its result; -1 when it was not scored.
  let resultOfCase: [Int32]
  /// For each rule of the pack, its position among the rules scored; -1 when it was not scored.
  let findingOfRule: [Int]

  /// Indexes the results of `Scorer.score` over the cases at `caseRows` (in the same order).
  public init(pack: RulePack, data: Dataset, caseRows: [Int], results: [CaseResult]) {
    self.init(
      pack: pack, data: data, caseRows: caseRows.prefix(results.count),
      scored: results.first?.findings.map(\.ruleID) ?? [], source: .findings(results))
  }

  /// Indexes the outcomes of `Scorer.outcomes` over the cases at `caseRows` (in the same
  /// order); the items of the rules read with an item must have been kept.
  public init(pack: RulePack, data: Dataset, caseRows: [Int], outcomes: CaseOutcomes) {
    self.init(
      pack: pack, data: data, caseRows: caseRows.prefix(outcomes.caseCount),
      scored: outcomes.ruleIDs, source: .counted(outcomes))
  }

  private init(
    pack: RulePack, data: Dataset, caseRows: ArraySlice<Int>, scored: [String], source: Source
  ) {
    var resultOfCase = [Int32](repeating: -1, count: data.tables[pack.schema.caseType].count)
    for (index, row) in caseRows.enumerated() where resultOfCase.indices.contains(row) {
      resultOfCase[row] = Int32(index)
    }
    findingOfRule = pack.rules.map { rule in scored.firstIndex(of: rule.id) ?? -1 }
    self.source = source
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
    let index = Int(resultOfCase[row])
    switch source {
    case .findings(let results):
      return Self.outcome(
        of: results[index].findings[findingOfRule[rule]], item: item, frame: frame)
    case .counted(let outcomes):
      return Self.outcome(of: outcomes, case: index, rule: findingOfRule[rule], item: item)
    }
  }

  /// From a finding: its outcome, or its item's whose id is the item's key.
  private static func outcome(of finding: RuleFinding, item: RecordRef?, frame: Frame) -> Value {
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

  /// From counted outcomes, as from the findings they stand for; null for an item of a rule
  /// whose items were not kept.
  private static func outcome(
    of outcomes: CaseOutcomes, case index: Int, rule: Int, item: RecordRef?
  ) -> Value {
    let outcome = outcomes.outcome(case: index, rule: rule)
    guard let item else { return .string(outcome.rawValue) }
    guard let items = outcomes.items[rule] else { return .null }
    // As for findings: a case whose records for the rule were not provided has no items.
    if items.isEmpty(case: index) && outcome == .insufficientEvidence {
      return .string(Outcome.insufficientEvidence.rawValue)
    }
    return .string((items.outcome(of: item, case: index) ?? .notApplicable).rawValue)
  }
}
