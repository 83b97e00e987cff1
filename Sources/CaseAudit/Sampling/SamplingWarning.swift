/// Something about a drawn sample its reader must know: weights that could not be used, or a
/// sample smaller than the plan asked. Shown on standard error, in `sample`'s output and in
/// every audit report.
public enum SamplingWarning: Sendable, Hashable {
  /// Cases whose weight could not be used, and what the plan did with them.
  case invalidWeights([InvalidWeight], policy: InvalidWeight.Policy)
  /// Fewer cases were drawn than the plan's size asks for.
  case smallerThanAsked(asked: Int, drawn: Int)
  /// A stratum has fewer cases than the plan's minimum per stratum.
  case stratumBelowMinimum(stratum: String, drawn: Int, minimum: Int)
  /// No sample, not even the whole population, gives the assurance the plan's size asks for.
  case assuranceUnmet(
    confidence: Double, tolerableRate: Double, expectedRate: Double, population: Int)

  /// The warnings of a sample drawn from a frame under a plan, in a fixed order.
  public static func of(plan: AuditPlan, frame: PopulationFrame, sample: Sample)
    -> [SamplingWarning]
  {
    var warnings: [SamplingWarning] = []
    if !frame.invalidWeights.isEmpty {
      warnings.append(.invalidWeights(frame.invalidWeights, policy: plan.invalidWeight))
    }
    if case .assurance(let confidence, let tolerable, let expected) = plan.size,
      sample.population > 0,
      PriorityKeySampler.assuranceSize(plan.size, population: sample.population) == nil
    {
      warnings.append(
        .assuranceUnmet(
          confidence: confidence, tolerableRate: tolerable, expectedRate: expected,
          population: sample.population))
    }
    let asked = PriorityKeySampler.requestedSize(plan.size, population: sample.population)
    // An empty sample is an error (`requireCases`), not a warning.
    if !sample.cases.isEmpty, sample.cases.count < asked {
      warnings.append(.smallerThanAsked(asked: asked, drawn: sample.cases.count))
    }
    for stratum in sample.strata where stratum.sample < plan.minimumPerStratum {
      warnings.append(
        .stratumBelowMinimum(
          stratum: stratum.name, drawn: stratum.sample, minimum: plan.minimumPerStratum))
    }
    return warnings
  }

  /// Throws when nothing was drawn: an empty sample is no audit, so no report or history says
  /// otherwise.
  public static func requireCases(in sample: Sample, undecided: Int) throws {
    guard sample.cases.isEmpty else { return }
    let reason =
      sample.population > 0
      ? "no case of the population could be drawn"
      : undecided > 0
        ? "the population is empty (\(cases(undecided)) left out as undecided)"
        : "the population is empty"
    throw Diagnostic.error("the sample is empty: \(reason)")
  }

  /// The warning as one line of text, lower-case, naming every case concerned.
  public var message: String {
    switch self {
    case .invalidWeights(let cases, let policy):
      let counts = InvalidWeight.Reason.allCases.compactMap { reason -> String? in
        let count = cases.filter { $0.reason == reason }.count
        return count == 0 ? nil : "\(reason.rawValue): \(count)"
      }
      let done =
        policy == .weight1
        ? "weighted 1 (invalid_weight: weight_1)"
        : "left out of the population (invalid_weight: exclude)"
      return "\(SamplingWarning.cases(cases.count)) had a weight that cannot be used ("
        + counts.joined(separator: ", ") + ") and were \(done): "
        + cases.map(\.caseID).joined(separator: ", ")
    case .smallerThanAsked(let asked, let drawn):
      return "the sample has \(SamplingWarning.cases(drawn)), fewer than the \(asked) the plan"
        + " asks for: the population has no more that can be drawn"
    case .stratumBelowMinimum(let stratum, let drawn, let minimum):
      return "stratum '\(stratum)' has \(SamplingWarning.cases(drawn)) in the sample, fewer than"
        + " the minimum of \(minimum) per stratum: it has no more"
    case .assuranceUnmet(let confidence, let tolerable, let expected, let population):
      return "no sample can give \(DecimalRate(confidence).percentText)% confidence that the"
        + " deviation rate is within \(DecimalRate(tolerable).percentText)% allowing"
        + " \(DecimalRate(expected).percentText)% expected deviations in a population of"
        + " \(population): the whole population is drawn, and the assurance is not met"
    }
  }

  private static func cases(_ count: Int) -> String { count == 1 ? "1 case" : "\(count) cases" }
}
