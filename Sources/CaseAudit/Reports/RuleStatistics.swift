import Foundation

/// A rule's results over a sample, with the statistics a report states and how each is computed.
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
  /// 95% Wilson interval on case compliance in the sample.
  public var wilson: ClosedRange<Double>?
  /// One-sided 95% upper bound on the population's non-compliance rate: exact hypergeometric
  /// for a simple random sample of a known population, Clopper–Pearson otherwise.
  public var nonComplianceUpper: Double?
  /// How `nonComplianceUpper` was computed.
  public var boundMethod: BoundMethod?
  /// Compliance estimated for the population by the combined ratio estimator, with its
  /// interval; nil when no sampled case is decided.
  public var populationEstimate: RatioEstimate?
  /// How the population estimate was computed, in a sentence.
  public var estimateMethod: String?
  /// Strata of the population with no case in the sample decided for the rule (none sampled, or
  /// none of those sampled decided): they add nothing to the estimate.
  public var strataWithoutDecided: [String]

  /// How the bound on non-compliance is computed.
  public enum BoundMethod: Sendable, Hashable {
    /// Exact hypergeometric, for a simple random sample of a known population of decided cases
    /// (at most this many).
    case hypergeometric(population: Int)
    /// Clopper–Pearson (binomial): no finite-population correction.
    case clopperPearson
    /// Clopper–Pearson on a weighted sample's own cases, which do not represent the population.
    case weightedSample

    /// The method in words.
    public var text: String {
      switch self {
      case .hypergeometric(let population):
        return "exact hypergeometric one-sided 95% bound (finite population: at most"
          + " \(population) decided cases)"
      case .clopperPearson:
        return "Clopper–Pearson one-sided 95% bound (binomial, no finite-population correction)"
      case .weightedSample:
        return "Clopper–Pearson one-sided 95% bound on the sampled cases only: the sample is"
          + " weighted, so this is no bound for the population (see the estimate's interval)"
      }
    }
  }

  /// Computes a rule's statistics from its findings in the sampled cases (in sample order),
  /// with the sample's design and each case's design weight.
  init(
    rule: Rule, findings: [RuleFinding], sample: Sample, design: SampleDesign,
    designWeights: [Double]
  ) {
    ruleID = rule.id
    title = rule.title
    severity = rule.severity
    var cases = OutcomeCounts()
    var items = OutcomeCounts()
    for finding in findings {
      cases.add(finding.outcome)
      for item in finding.items { items.add(item.outcome) }
    }
    self.cases = cases
    self.items = rule.forEach == nil ? nil : items
    let decided = cases.met + cases.notMet
    wilson = ProportionIntervals.wilson(cases.met, decided)
    if design == .simple, decided > 0 {
      // The decided cases are a simple random sample of the population's decided cases, whose
      // number is at most N less the sampled cases not decided; the bound grows with that
      // number, so taking the most is conservative.
      let population = sample.population - (findings.count - decided)
      boundMethod = .hypergeometric(population: population)
      nonComplianceUpper = FinitePopulationBound.upper(
        cases.notMet, decided, population: population)
    } else {
      if case .weighted = design {
        boundMethod = decided > 0 ? .weightedSample : nil
      } else {
        boundMethod = decided > 0 ? .clopperPearson : nil
      }
      nonComplianceUpper = ProportionIntervals.clopperPearsonUpper(cases.notMet, decided)
    }
    let index = Dictionary(
      uniqueKeysWithValues: sample.strata.enumerated().map { ($1.name, $0) })
    var estimateCases: [RatioEstimate.Case] = []
    for (position, finding) in findings.enumerated() {
      let outcome = finding.outcome
      estimateCases.append(
        RatioEstimate.Case(
          stratum: index[sample.cases[position].frameCase.stratum] ?? 0,
          weight: designWeights[position], decided: outcome == .met || outcome == .notMet,
          met: outcome == .met))
    }
    populationEstimate = RatioEstimate(
      cases: estimateCases, populations: sample.strata.map(\.population))
    strataWithoutDecided = sample.strata.indices.filter { stratum in
      sample.strata[stratum].population > 0
        && !estimateCases.contains { $0.stratum == stratum && $0.decided }
    }.map { sample.strata[$0].name }
    estimateMethod = populationEstimate.map { RuleStatistics.method(design, $0) }
  }

  /// The population estimate's method in a sentence.
  static func method(_ design: SampleDesign, _ estimate: RatioEstimate) -> String {
    let interval =
      "95% Wilson interval on the effective sample size"
      + " (\(String(format: "%.1f", estimate.effectiveSize)) cases), adjusted for the design's"
      + " \(estimate.degreesOfFreedom) degrees of freedom (Korn and Graubard)"
    switch design {
    case .simple:
      return "the sample's compliance (a simple random sample); \(interval)"
    case .stratified:
      return "combined ratio estimator over strata (each stratum's decided cases estimated as"
        + " N_h x decided / sampled); \(interval) from the stratified variance"
    case .weighted(let expression):
      return "weighted sample (Efraimidis–Spirakis keys, weight '\(expression)'): Hájek ratio"
        + " estimator with approximate inclusion probabilities 1 - exp(-w tau) (Rosén); "
        + interval
    }
  }
}
