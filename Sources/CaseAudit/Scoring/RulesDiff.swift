/// What a change of standards does: the rules added, removed and changed between two packs, and
/// for each rule in both, the cases whose outcome moves, with their IRO and team.
public struct RulesDiff: Sendable {
  /// How a rule differs between the packs.
  public enum Status: String, Sendable {
    case added, removed, changed, unchanged
  }

  /// A case whose outcome under a rule moves.
  public struct CaseChange: Sendable, Hashable {
    /// The case's id.
    public var caseID: String
    /// Its outcome under the old pack.
    public var from: Outcome
    /// Its outcome under the new pack.
    public var to: Outcome
    /// Its IRO (the new pack's `iro` grouping).
    public var iro: String
    /// Its team (the new pack's `team` grouping).
    public var team: String
  }

  /// One rule's difference.
  public struct RuleChange: Sendable {
    /// The rule's id.
    public var ruleID: String
    /// How it differs.
    public var status: Status
    /// Whether its definition (text, severity, weight, tags) differs.
    public var definitionChanged: Bool
    /// Cases whose outcome moves, in case order.
    public var changedCases: [CaseChange]
  }

  /// Every rule of either pack: the new pack's in order, then those it removed.
  public var rules: [RuleChange]

  /// Scores every case under both packs and compares; cases are matched by id.
  public init(
    old: RulePack, new: RulePack, oldData: Dataset, newData: Dataset, context: AuditContext
  ) {
    let oldResults = Scorer(pack: old).score(oldData, context: context)
    let newResults = Scorer(pack: new).score(newData, context: context)
    let units = RulesDiff.units(new, newData, context)
    var before: [String: [String: Outcome]] = [:]
    for result in oldResults {
      before[result.caseID] = Dictionary(
        uniqueKeysWithValues: result.findings.map { ($0.ruleID, $0.outcome) })
    }
    let oldRules = Dictionary(uniqueKeysWithValues: old.rules.map { ($0.id, $0) })
    var changes: [RuleChange] = []
    for rule in new.rules where rule.enabled {
      guard let previous = oldRules[rule.id], previous.enabled else {
        changes.append(
          RuleChange(ruleID: rule.id, status: .added, definitionChanged: true, changedCases: []))
        continue
      }
      var moved: [CaseChange] = []
      for (index, result) in newResults.enumerated() {
        guard let to = result.findings.first(where: { $0.ruleID == rule.id })?.outcome,
          let from = before[result.caseID]?[rule.id], from != to
        else { continue }
        moved.append(
          CaseChange(
            caseID: result.caseID, from: from, to: to, iro: units[index].iro,
            team: units[index].team))
      }
      let definitionChanged = RulesDiff.definition(previous) != RulesDiff.definition(rule)
      let status: Status = definitionChanged || !moved.isEmpty ? .changed : .unchanged
      changes.append(
        RuleChange(
          ruleID: rule.id, status: status, definitionChanged: definitionChanged, changedCases: moved
        ))
    }
    let newIDs = Set(new.rules.filter(\.enabled).map(\.id))
    for rule in old.rules where rule.enabled && !newIDs.contains(rule.id) {
      changes.append(
        RuleChange(ruleID: rule.id, status: .removed, definitionChanged: true, changedCases: []))
    }
    rules = changes
  }

  /// A rule's definition as comparable text.
  static func definition(_ rule: Rule) -> String {
    let text = rule.text
    let parts: [String] = [
      rule.title, rule.severity.rawValue, String(rule.weight), rule.tags.joined(separator: ","),
      text.forEach ?? "", text.when ?? "",
      text.lets.map { $0.joined(separator: "=") }.joined(separator: ";"),
      text.expect, text.evidence.map { $0.joined(separator: "=") }.joined(separator: ";"),
      text.message ?? "",
    ]
    return parts.joined(separator: "\u{1F}")
  }

  /// Each case's IRO and team by the pack's `iro` and `team` groupings.
  static func units(_ pack: RulePack, _ data: Dataset, _ context: AuditContext)
    -> [(iro: String, team: String)]
  {
    var frame = Frame(
      data: data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
      params: pack.parameters.values, asAt: context.asAtValue, period: context.periodValue,
      slotCount: pack.slotCount)
    let iro = pack.groupings.first { $0.name == "iro" }?.value
    let team = pack.groupings.first { $0.name == "team" }?.value
    return (0..<data.tables[pack.schema.caseType].count).map { row in
      frame.caseRecord = RecordRef(type: pack.schema.caseType, row: row)
      func name(_ compiled: Compiled?) -> String {
        guard let compiled, case .string(let text) = compiled.eval(&frame) else { return "-" }
        return text
      }
      return (name(iro), name(team))
    }
  }
}
