/// Compliance per unit (IRO, team) per rule, each placed against funnel limits around the
/// sample's overall rate.
public struct ConsistencyTable: Sendable {
  /// One unit's result for one rule.
  public struct Cell: Sendable {
    /// Cases met.
    public var met: Int
    /// Cases met or not met.
    public var decided: Int
    /// Met over decided; nil when none decided.
    public var rate: Double?
    /// The position against the funnel limits; nil when none decided.
    public var position: FunnelLimits.Position?
  }

  /// The grouping's name (`iro`).
  public var grouping: String
  /// Units in name order.
  public var units: [String]
  /// Rule ids in pack order.
  public var rules: [String]
  /// Overall compliance per rule.
  public var overall: [Double?]
  /// `cells[unit][rule]`.
  public var cells: [[Cell]]

  /// Builds the table from each sampled case's unit and findings.
  init(grouping: String, rules: [String], cases: [(unit: String, findings: [RuleFinding])]) {
    self.init(grouping: grouping, rules: rules, units: cases.map(\.unit)) { index, rule in
      cases[index].findings[rule].outcome
    }
  }

  /// Builds the table from each case's unit and its outcome of each rule, by the case's index
  /// in `caseUnits` and the rule's in `rules`.
  init(
    grouping: String, rules: [String], units caseUnits: [String],
    outcome: (_ index: Int, _ rule: Int) -> Outcome
  ) {
    self.grouping = grouping
    self.rules = rules
    units = Array(Set(caseUnits)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var counts = [[OutcomeCounts]](
      repeating: [OutcomeCounts](repeating: OutcomeCounts(), count: rules.count), count: units.count
    )
    var totals = [OutcomeCounts](repeating: OutcomeCounts(), count: rules.count)
    let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
    for (index, unit) in caseUnits.enumerated() {
      let position = unitIndex[unit]!
      for rule in rules.indices {
        let given = outcome(index, rule)
        counts[position][rule].add(given)
        totals[rule].add(given)
      }
    }
    overall = totals.map(\.compliance)
    cells = counts.map { row in
      row.enumerated().map { index, count in
        let decided = count.met + count.notMet
        let rate = count.compliance
        let position = rate.flatMap { _ in
          totals[index].compliance.map {
            FunnelLimits.position(met: count.met, n: decided, rate: $0)
          }
        }
        return Cell(met: count.met, decided: decided, rate: rate, position: position)
      }
    }
  }
}
