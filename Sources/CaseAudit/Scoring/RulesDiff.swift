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
    /// Its IRO (the new pack's `iro` grouping; the old pack's for a case only the old export
    /// has).
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
    /// Whether its definition (title, standard, severity, weight, tags, logic, message)
    /// differs.
    public var definitionChanged: Bool
    /// Cases whose outcome moves, in case order.
    public var changedCases: [CaseChange]
  }

  /// Every rule of either pack: the new pack's in order, then those it removed.
  public var rules: [RuleChange]

  /// Scores every case under both packs and compares; cases are matched by id. A rule one pack
  /// lacks (or has disabled) is `not_applicable` to every case under it, so an added rule
  /// moves each case it applies to from `not_applicable`, and a removed one moves each to it.
  /// A case in one export but not the other (a schema change excluded its rows) moves every
  /// rule that applied to it to or from `not_applicable` the same way.
  public init(
    old: RulePack, new: RulePack, oldData: Dataset, newData: Dataset, context: AuditContext
  ) {
    let oldResults = Scorer(pack: old).score(oldData, context: context)
    let newResults = Scorer(pack: new).score(newData, context: context)
    let newUnits = RulesDiff.units(new, newData, context)
    let oldUnits = RulesDiff.units(old, oldData, context)
    var before: [String: (index: Int, outcomes: [String: Outcome])] = [:]
    for (index, result) in oldResults.enumerated() {
      before[result.caseID] = (
        index, Dictionary(uniqueKeysWithValues: result.findings.map { ($0.ruleID, $0.outcome) })
      )
    }
    let newIDs = Set(newResults.map(\.caseID))
    // Cases of either export, in the new export's order, then those only the old one has.
    typealias Unit = (iro: String, team: String)
    var cases: [(id: String, unit: Unit, old: [String: Outcome]?, new: [String: Outcome]?)] = []
    for (index, result) in newResults.enumerated() {
      cases.append(
        (
          result.caseID, newUnits[index], before[result.caseID]?.outcomes,
          Dictionary(uniqueKeysWithValues: result.findings.map { ($0.ruleID, $0.outcome) })
        ))
    }
    for result in oldResults where !newIDs.contains(result.caseID) {
      let earlier = before[result.caseID]!
      cases.append((result.caseID, oldUnits[earlier.index], earlier.outcomes, nil))
    }
    let oldRules = Dictionary(uniqueKeysWithValues: old.rules.filter(\.enabled).map { ($0.id, $0) })
    let newRules = new.rules.filter(\.enabled)
    let newRuleIDs = Set(newRules.map(\.id))
    let ordered =
      newRules.map { ($0.id, oldRules[$0.id], Optional($0)) }
      + old.rules.filter { $0.enabled && !newRuleIDs.contains($0.id) }.map { ($0.id, $0, nil) }
    rules = ordered.map { id, previous, rule in
      var moved: [CaseChange] = []
      for entry in cases {
        let from = entry.old.map { $0[id] ?? .notApplicable } ?? .notApplicable
        let to = entry.new.map { $0[id] ?? .notApplicable } ?? .notApplicable
        guard from != to else { continue }
        moved.append(
          CaseChange(
            caseID: entry.id, from: from, to: to, iro: entry.unit.iro, team: entry.unit.team))
      }
      guard let previous, let rule else {
        return RuleChange(
          ruleID: id, status: rule == nil ? .removed : .added, definitionChanged: true,
          changedCases: moved)
      }
      let definitionChanged = RulesDiff.definition(previous) != RulesDiff.definition(rule)
      let status: Status = definitionChanged || !moved.isEmpty ? .changed : .unchanged
      return RuleChange(
        ruleID: id, status: status, definitionChanged: definitionChanged, changedCases: moved)
    }
  }

  /// A rule's definition as comparable text.
  static func definition(_ rule: Rule) -> String {
    let text = rule.text
    let parts: [String] = [
      rule.title, rule.standard ?? "", rule.severity.rawValue, String(rule.weight),
      rule.tags.joined(separator: ","),
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
