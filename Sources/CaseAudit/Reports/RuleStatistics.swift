/// A rule's results over a sample, with the statistics a report states.
public struct RuleStatistics: Sendable {
  /// The rule's id.
  public var ruleID: String
  /// Its title.
  public var title: String
  /// Its severity.
  public var severity: Severity
  /// Case outcomes.
  public var cases: OutcomeCounts
  /// Item outcomes, for rules with for_each.
  public var items: OutcomeCounts?
  /// 95% Wilson interval on case compliance.
  public var wilson: ClosedRange<Double>?
  /// One-sided 95% Clopper–Pearson upper bound on the population's non-compliance rate.
  public var nonComplianceUpper: Double?
  /// Compliance estimated for the population, weighting each stratum by its share (N_h / N);
  /// nil for an unstratified or weighted sample (where the sample rate is reported as it is).
  public var populationEstimate: Double?

  /// Computes a rule's statistics from its findings in sampled cases, with each case's stratum.
  init(
    rule: Rule, findings: [(stratum: String, finding: RuleFinding)], strata: [Sample.Stratum],
    stratified: Bool
  ) {
    ruleID = rule.id
    title = rule.title
    severity = rule.severity
    var cases = OutcomeCounts()
    var items = OutcomeCounts()
    var byStratum: [String: OutcomeCounts] = [:]
    for (stratum, finding) in findings {
      cases.add(finding.outcome)
      byStratum[stratum, default: OutcomeCounts()].add(finding.outcome)
      for item in finding.items { items.add(item.outcome) }
    }
    self.cases = cases
    self.items = rule.forEach == nil ? nil : items
    let decided = cases.met + cases.notMet
    wilson = ProportionIntervals.wilson(cases.met, decided)
    nonComplianceUpper = ProportionIntervals.clopperPearsonUpper(cases.notMet, decided)
    guard stratified else { return }
    // Strata with no decided case carry no information; the estimate is over the others.
    let informative = strata.filter { byStratum[$0.name]?.compliance != nil }
    let covered = informative.reduce(0) { $0 + $1.population }
    guard covered > 0 else { return }
    populationEstimate = informative.reduce(0.0) { total, stratum in
      total + Double(stratum.population) / Double(covered) * byStratum[stratum.name]!.compliance!
    }
  }
}
