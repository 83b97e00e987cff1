/// How a sample was drawn, for its estimates and for what a report says about them.
public enum SampleDesign: Sendable, Hashable {
  /// One stratum, each case equally likely.
  case simple
  /// Strata, each case of a stratum equally likely.
  case stratified
  /// Efraimidis–Spirakis keys weighted by the plan's `weight:` expression (its text).
  case weighted(String)

  /// The design of a plan's sample.
  public init(plan: AuditPlan) {
    if plan.weight != nil {
      self = .weighted(plan.weightText ?? "")
    } else {
      self = plan.strata == nil ? .simple : .stratified
    }
  }

  /// Each drawn case's design weight: N_h / n_h, or for a weighted sample the inverse of its
  /// approximate inclusion probability within its stratum (`InclusionProbabilities`).
  public func designWeights(_ sample: Sample, frame: [FrameCase]) -> [Double] {
    let strata = Dictionary(uniqueKeysWithValues: sample.strata.map { ($0.name, $0) })
    guard case .weighted = self else {
      return sample.cases.map { drawn in
        let stratum = strata[drawn.frameCase.stratum]!
        return Double(stratum.population) / Double(stratum.sample)
      }
    }
    var inverse: [String: Double] = [:]
    let groups = Dictionary(grouping: frame.filter { $0.weight > 0 }, by: \.stratum)
    for (name, members) in groups {
      let probabilities = InclusionProbabilities.successive(
        weights: members.map(\.weight), sample: strata[name]?.sample ?? 0)
      for (member, probability) in zip(members, probabilities) where probability > 0 {
        inverse[member.caseID] = 1 / probability
      }
    }
    return sample.cases.map { inverse[$0.frameCase.caseID] ?? 1 }
  }
}
