import Foundation

/// A population proportion over a domain, estimated from a stratified or weighted sample by the
/// combined ratio estimator, with a 95% interval: the domain's cases are those decided for a
/// rule, and compliance is the ratio of the estimated met cases to the estimated decided cases.
///
/// Each sampled case i carries a design weight g_i (N_h / n_h in a stratified simple random
/// sample; 1 / pi_i, its inclusion probability's inverse, in a weighted one), y_i = 1 if met and
/// z_i = 1 if decided. The estimate is R = sum g y / sum g z (Cochran 1977, 6.11; Hajek's ratio
/// for unequal probabilities): a stratum's decided cases are estimated as N_h x (decided in its
/// sample / its sample), not N_h, so strata where the rule seldom applies are not over-weighted.
/// Its variance is the Taylor linearisation over strata, with residuals e_i = y_i - R z_i:
/// V = sum_h (1 - n_h / N_h) n_h / (n_h - 1) sum_i (g_i e_i - mean_h(g e))^2 / (sum g z)^2.
/// The interval is Wilson's on the effective sample size R (1 - R) / V (Korn and Graubard
/// 1998), at most the decided cases, so it stays in [0, 1] and keeps Wilson's coverage at small
/// samples and rates near 0 or 1, where a Wald interval on V undercovers; the effective size is
/// adjusted for the design's degrees of freedom (decided cases less strata) as they propose.
public struct RatioEstimate: Sendable, Hashable {
  /// One sampled case.
  public struct Case: Sendable, Hashable {
    /// Its stratum's index.
    public var stratum: Int
    /// Its design weight.
    public var weight: Double
    /// Whether it was decided (met or not met) for the rule.
    public var decided: Bool
    /// Whether it was met.
    public var met: Bool

    /// Creates a case.
    public init(stratum: Int, weight: Double, decided: Bool, met: Bool) {
      (self.stratum, self.weight, self.decided, self.met) = (stratum, weight, decided, met)
    }
  }

  /// The estimated proportion.
  public var value: Double
  /// Its 95% interval.
  public var interval: ClosedRange<Double>
  /// The effective sample size, R (1 - R) / V at most the decided cases (before the
  /// degrees-of-freedom adjustment).
  public var effectiveSize: Double
  /// The design's degrees of freedom: decided cases less the strata holding any (at least 1).
  public var degreesOfFreedom: Int

  /// Estimates from the sampled cases and each stratum's population (index by `Case.stratum`);
  /// nil when no sampled case is decided.
  public init?(cases: [Case], populations: [Int], z: Double = ProportionIntervals.z95) {
    let decidedWeight = cases.reduce(0.0) { $0 + ($1.decided ? $1.weight : 0) }
    let metWeight = cases.reduce(0.0) { $0 + ($1.met ? $1.weight : 0) }
    let decidedCount = cases.filter(\.decided).count
    guard decidedWeight > 0 else { return nil }
    let r = metWeight / decidedWeight
    var variance = 0.0
    for (index, population) in populations.enumerated() {
      let residuals = cases.filter { $0.stratum == index }.map { item in
        item.weight * ((item.met ? 1 : 0) - r * (item.decided ? 1 : 0))
      }
      let n = Double(residuals.count)
      // One case gives no spread to estimate; the stratum adds no variance term.
      guard residuals.count > 1 else { continue }
      let mean = residuals.reduce(0, +) / n
      let squares = residuals.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) }
      let finite = max(0, 1 - n / Double(max(population, residuals.count)))
      variance += finite * n / (n - 1) * squares
    }
    variance /= decidedWeight * decidedWeight
    let decided = Double(decidedCount)
    let effective = variance > 0 && r > 0 && r < 1 ? min(decided, r * (1 - r) / variance) : decided
    value = r
    effectiveSize = effective
    // Korn and Graubard's degrees-of-freedom adjustment: the variance is estimated from the
    // decided cases less one per stratum holding any, so the effective size shrinks by
    // (z / t_df)^2 (Wilson's interval at t_df rather than z); undercoverage at small samples
    // spread over many strata (an IRO each) is what it corrects.
    let strata = Set(cases.filter(\.decided).map(\.stratum)).count
    let df = max(1, decidedCount - strata)
    let t = StudentT.quantile(0.5 * erfc(-z / 2.0.squareRoot()), df: Double(df))
    degreesOfFreedom = df
    interval = RatioEstimate.wilson(r, effective * (z / t) * (z / t), z: z)
  }

  /// Wilson's interval for a proportion p on a (possibly fractional) sample of n.
  static func wilson(_ p: Double, _ n: Double, z: Double) -> ClosedRange<Double> {
    let denominator = 1 + z * z / n
    let centre = (p + z * z / (2 * n)) / denominator
    let half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0, centre - half)...min(1, centre + half)
  }
}
