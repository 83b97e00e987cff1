import Foundation

/// Control limits for a funnel plot of units' proportions (IROs, teams) around an overall rate:
/// exact binomial limits, interpolated as Spiegelhalter (2005) describes, since the normal
/// approximation is wrong at the small numbers of one officer's cases.
public struct FunnelLimits: Sendable, Hashable {
  /// Lower and upper 95% limits (2.5% and 97.5%).
  public var inner: ClosedRange<Double>
  /// Lower and upper 99.8% limits (0.1% and 99.9%).
  public var outer: ClosedRange<Double>

  /// Where a unit's proportion lies against the limits.
  public enum Position: String, Sendable {
    case within
    case aboveInner = "above_95"
    case belowInner = "below_95"
    case aboveOuter = "above_99_8"
    case belowOuter = "below_99_8"
  }

  /// The limits for a unit of n cases around the overall rate.
  public init(n: Int, rate: Double) {
    let limit = { (q: Double) in FunnelLimits.limit(q, n: n, rate: rate) }
    inner = limit(0.025)...limit(0.975)
    outer = limit(0.001)...limit(0.999)
  }

  /// The interpolated limit for quantile q: with r the smallest count whose CDF reaches q,
  /// (r - a) / n where a = (F(r) - q) / (F(r) - F(r - 1)); clamped to [0, 1].
  public static func limit(_ q: Double, n: Int, rate: Double) -> Double {
    guard n > 0 else { return q < 0.5 ? 0 : 1 }
    let r = Binomial.quantile(q, n: n, p: rate)
    let atR = Binomial.cdf(r, n: n, p: rate)
    let below = Binomial.cdf(r - 1, n: n, p: rate)
    let a = atR > below ? (atR - q) / (atR - below) : 0
    return min(1, max(0, (Double(r) - a) / Double(n)))
  }

  /// Where `met` of `n` lies for the overall rate, by the exact binomial tails: below the 95%
  /// limit when P(X <= met) < 2.5%, below 99.8% when < 0.1%, and likewise above. (The drawn
  /// limits are interpolated and can fall just short of 100% for small n; a unit at 4 of 4 is
  /// not an outlier for that.)
  public static func position(met: Int, n: Int, rate: Double) -> Position {
    guard n > 0 else { return .within }
    let lower = Binomial.cdf(met, n: n, p: rate)
    let upper = 1 - Binomial.cdf(met - 1, n: n, p: rate)
    if lower < 0.001 { return .belowOuter }
    if upper < 0.001 { return .aboveOuter }
    if lower < 0.025 { return .belowInner }
    if upper < 0.025 { return .aboveInner }
    return .within
  }
}
