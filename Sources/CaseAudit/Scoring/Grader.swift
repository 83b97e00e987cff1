/// Turns a case's findings into a score and a grade by the pack's grading section.
public struct Grader: Sendable {
  /// The pack's grading.
  public let grading: Grading
  /// Each rule's weight and severity by id.
  public let rules: [String: (weight: Double, severity: Severity)]

  /// Creates a grader for a pack; nil when the pack has no grading.
  public init?(pack: RulePack) {
    guard let grading = pack.grading else { return nil }
    self.grading = grading
    var rules: [String: (Double, Severity)] = [:]
    for rule in pack.rules { rules[rule.id] = (rule.weight, rule.severity) }
    self.rules = rules
  }

  /// A scored rule's part in grading, found once per run rather than by id for every case.
  public struct Weight: Sendable {
    /// Whether the pack's grading knows the rule.
    var graded: Bool
    /// Its weight.
    var weight: Double
    /// The band a failure of it caps the grade at, by index; nil when it does not cap.
    var cap: Int?
  }

  /// The grading weights of the rules scored, in their order.
  public func weights(of scored: [Rule]) -> [Weight] {
    scored.map { rule in
      guard let known = rules[rule.id] else { return Weight(graded: false, weight: 0, cap: nil) }
      let cap = grading.caps[known.severity].flatMap { band in
        grading.bands.firstIndex { $0.name == band }
      }
      return Weight(graded: true, weight: known.weight, cap: cap)
    }
  }

  /// The score and the band's index for outcomes in the order of `weights`; the same as
  /// `grade(_:)` on the findings those outcomes came from.
  func grade(_ outcomes: [Outcome], weights: [Weight]) -> (score: Double, band: Int)? {
    var met = 0.0
    var decided = 0.0
    var capIndex: Int?
    for (outcome, rule) in zip(outcomes, weights) where rule.graded {
      switch outcome {
      case .met:
        met += rule.weight
        decided += rule.weight
      case .notMet:
        decided += rule.weight
        if let cap = rule.cap { capIndex = max(capIndex ?? cap, cap) }
      case .insufficientEvidence, .notApplicable: break
      }
    }
    guard decided > 0 else { return nil }
    let score = met / decided
    var index = grading.bands.firstIndex { score >= $0.threshold } ?? grading.bands.count - 1
    if let capIndex { index = max(index, capIndex) }
    return (score, index)
  }

  /// The weighted score (met weight over met and not-met weight) and the grade, capped by any
  /// not-met rule whose severity caps it; nil when no rule was met or not met.
  public func grade(_ findings: [RuleFinding]) -> (score: Double, grade: String)? {
    var met = 0.0
    var decided = 0.0
    var capIndex: Int?
    for finding in findings {
      guard let rule = rules[finding.ruleID] else { continue }
      switch finding.outcome {
      case .met:
        met += rule.weight
        decided += rule.weight
      case .notMet:
        decided += rule.weight
        if let band = grading.caps[rule.severity],
          let index = grading.bands.firstIndex(where: { $0.name == band })
        {
          capIndex = max(capIndex ?? index, index)
        }
      default: break
      }
    }
    guard decided > 0 else { return nil }
    let score = met / decided
    var index = grading.bands.firstIndex { score >= $0.threshold } ?? grading.bands.count - 1
    if let capIndex { index = max(index, capIndex) }
    return (score, grading.bands[index].name)
  }
}
