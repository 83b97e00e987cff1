/// What a report says under its per-rule figures: how each is computed, as data the renderers
/// place under the table.
public enum StatisticsMethod {
  /// The sentence on compliance and its interval, and on the sample's design (weighted, and by
  /// what).
  public static func summary(_ statistics: [RuleStatistics], design: SampleDesign) -> String {
    let insufficient = statistics.reduce(0) { $0 + $1.cases.insufficientEvidence }
    var text = "Compliance is met over met and not met: cases with insufficient evidence"
    text += " (\(insufficient) findings over all rules; each rule's in the table) are left out"
    text += " of its denominator. Its interval is"
    text += " the 95% Wilson score interval on the sample, without finite-population correction."
    switch design {
    case .simple:
      text += " The sample is a simple random sample of the population."
    case .stratified:
      text += " The sample is stratified; the population estimate weights each stratum's cases"
      text += " by N_h / n_h (the combined ratio estimator)."
    case .weighted(let expression):
      text += " The sample is weighted by '\(expression)' (Efraimidis–Spirakis keys), so its"
      text += " cases are not equally likely: the sample's compliance is not the population's,"
      text += " and the population estimate weights each case by its inverse inclusion"
      text += " probability."
    }
    return text
  }

  /// One note per rule: its bound's and its estimate's method, and strata without a decided case.
  public static func notes(_ statistics: [RuleStatistics]) -> [String] {
    statistics.compactMap { rule in
      guard let bound = rule.boundMethod else { return nil }
      var note = "\(rule.ruleID): non-compliance at most is the \(bound.text)"
      if let method = rule.estimateMethod {
        note += "; population estimate: \(method)"
      }
      if !rule.strataWithoutDecided.isEmpty {
        note += "; strata with no decided case in the sample (they add nothing to the"
        note += " estimate):"
        note += " " + rule.strataWithoutDecided.joined(separator: ", ")
      }
      return note + "."
    }
  }
}
