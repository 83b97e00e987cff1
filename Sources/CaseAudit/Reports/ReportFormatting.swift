/// Number formats shared by every report.
public enum ReportFormatting {
  /// A proportion as a percentage with one decimal: `97.6%`.
  public static func percent(_ value: Double?) -> String {
    guard let value else { return "-" }
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// An interval as `2.6%–19.9%`.
  public static func interval(_ range: ClosedRange<Double>?) -> String {
    guard let range else { return "-" }
    return percent(range.lowerBound) + "–" + percent(range.upperBound)
  }

  /// A population estimate with its interval: `81.2% (70.1%–89.0%)`.
  public static func estimate(_ estimate: RatioEstimate?) -> String {
    guard let estimate else { return "-" }
    return percent(estimate.value) + " (" + interval(estimate.interval) + ")"
  }

  /// A finding's outcome in words.
  public static func outcome(_ outcome: Outcome) -> String {
    switch outcome {
    case .met: return "met"
    case .notMet: return "not met"
    case .insufficientEvidence: return "insufficient evidence"
    case .notApplicable: return "not applicable"
    }
  }

  /// A funnel position in words.
  public static func position(_ position: FunnelLimits.Position?) -> String {
    switch position {
    case nil: return ""
    case .within: return "within"
    case .aboveInner: return "above 95%"
    case .belowInner: return "below 95%"
    case .aboveOuter: return "above 99.8%"
    case .belowOuter: return "below 99.8%"
    }
  }

  /// Evidence as `name value; name value`.
  public static func evidence(_ values: [EvidenceValue]) -> String {
    values.map { "\($0.name) \($0.value)" }.joined(separator: "; ")
  }
}
