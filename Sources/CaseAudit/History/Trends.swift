/// One rule's compliance in the audits of a plan, in as-at order (then period, then the order
/// recorded), and whether the reported audit's change from the audit before it is larger than
/// chance.
public struct Trend: Sendable {
  /// One audit's figures.
  public struct Point: Sendable, Hashable {
    /// The audit's id.
    public var auditID: Int64
    /// Its as-at date.
    public var asAt: String
    /// Cases met.
    public var met: Int
    /// Cases met or not met.
    public var decided: Int
    /// Met over decided.
    public var compliance: Double? { decided == 0 ? nil : Double(met) / Double(decided) }
    /// The 95% Wilson interval.
    public var interval: ClosedRange<Double>? { ProportionIntervals.wilson(met, decided) }
  }

  /// The reported audit against the audit before it in as-at order.
  public struct Comparison: Sendable {
    /// The audit before, by as-at date.
    public var previous: Point
    /// The reported audit.
    public var current: Point
    /// Cases sampled by the audit before and by the reported audit.
    public var cases: (previous: Int, current: Int)
    /// Cases sampled by both audits.
    public var sharedCases: Int
    /// Shared cases decided (met or not met) in both audits: the pairs McNemar's test counts.
    public var decidedInBoth: Int
    /// Of the shared cases decided in both: met before and not met now.
    public var metThenNotMet: Int
    /// Of the shared cases decided in both: not met before and met now.
    public var notMetThenMet: Int

    /// The test the change is tested with.
    public enum Test: String, Sendable {
      /// Fisher's exact test: the two samples share no case, so they are independent.
      case fisherExact = "fisher_exact"
      /// McNemar's exact test on the cases decided in both audits: the samples overlap, and a
      /// case seen twice is not two independent observations, which Fisher's test assumes.
      case mcNemarExact = "mcnemar_exact"
    }

    /// Fisher's test for disjoint samples; McNemar's for overlapping ones.
    public var test: Test { sharedCases == 0 ? .fisherExact : .mcNemarExact }

    /// The two-sided p-value of the change. McNemar's exact test is the binomial test of the
    /// discordant pairs (b of b + c at 1/2): p = min(1, 2 P(X <= min(b, c))); 1 when none
    /// changed. Cases in only one audit do not enter it: pairing them is impossible.
    public var pValue: Double? {
      switch test {
      case .fisherExact:
        guard previous.decided > 0, current.decided > 0 else { return nil }
        return FisherExact.twoSided(
          previous.met, previous.decided - previous.met, current.met,
          current.decided - current.met)
      case .mcNemarExact:
        let discordant = metThenNotMet + notMetThenMet
        guard discordant > 0 else { return 1 }
        let smaller = min(metThenNotMet, notMetThenMet)
        return min(1, 2 * Binomial.cdf(smaller, n: discordant, p: 0.5))
      }
    }
  }

  /// The rule.
  public var ruleID: String
  /// The audits in as-at order (the reported audit among them, not necessarily last).
  public var points: [Point]
  /// The reported audit against the one before it by as-at date; nil when it is the first.
  public var comparison: Comparison?

  /// Creates a trend.
  public init(ruleID: String, points: [Point], comparison: Comparison?) {
    self.ruleID = ruleID
    self.points = points
    self.comparison = comparison
  }

  /// The p-value of the reported audit's change from the audit before it.
  public var pValue: Double? { comparison?.pValue }

  /// Whether that change is larger than chance at the 5% level.
  public var significant: Bool { (pValue ?? 1) < 0.05 }
}
