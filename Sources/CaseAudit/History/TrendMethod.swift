extension Trend.Comparison.Test {
  /// The test's name as a report says it.
  public var name: String {
    switch self {
    case .fisherExact: return "Fisher's exact test"
    case .mcNemarExact: return "McNemar's exact test"
    }
  }
}

extension Trend {
  /// How a report's trends are computed, said under them: the order, the interval, the test of
  /// the latest change and whether the samples overlap (with how many cases), and so why that
  /// test.
  public static func method(_ trends: [Trend]) -> String {
    var text = "Each rule's compliance in this plan's audits, in order of their as-at dates (then"
    text += " period), with 95% Wilson intervals."
    guard let comparison = trends.lazy.compactMap(\.comparison).first else {
      return text + " This audit is the first by as-at date, so no change is tested."
    }
    let (previous, current) = comparison.cases
    text += " The change from the audit before this one by as-at date"
    text += " (\(comparison.previous.asAt), audit \(comparison.previous.auditID)) is tested"
    guard comparison.sharedCases > 0 else {
      return text + " with Fisher's exact test: the two samples (\(previous) and \(current)"
        + " cases) share no case, so they are independent, as the test assumes."
    }
    text += " with McNemar's exact test on the cases sampled in both and decided in both: the"
    text += " samples overlap (\(comparison.sharedCases) of this audit's \(current) cases were"
    text += " also among the \(previous) of the audit before), and a case audited twice is not"
    text += " two independent observations, as Fisher's exact test would assume. Cases in only"
    text += " one of the two audits do not enter the paired test."
    return text
  }

  /// The test cell of a trend's row: the test, and for McNemar's the pairs it counts.
  public var testText: String {
    guard let comparison else { return "-" }
    switch comparison.test {
    case .fisherExact: return comparison.test.name
    case .mcNemarExact:
      return "\(comparison.test.name), \(comparison.decidedInBoth) paired cases"
        + " (\(comparison.metThenNotMet) met then not, \(comparison.notMetThenMet) not met then"
        + " met)"
    }
  }
}
