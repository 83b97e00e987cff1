import Foundation

/// The four funnel limits of `FunnelLimits` for one unit size, computed in one pass over the
/// binomial distribution (a log-space recurrence instead of a log-gamma per term), so a census
/// plot can draw limits for units of thousands of cases quickly. Same definition, same values
/// to within rounding.
public enum FunnelCurve {
  /// The quantiles drawn: lower and upper 99.8%, lower and upper 95%.
  static let quantiles = [0.001, 0.025, 0.975, 0.999]

  /// The limits for a unit of n cases around the overall rate.
  public static func limits(n: Int, rate: Double) -> FunnelLimits {
    guard n > 0, rate > 0, rate < 1 else { return FunnelLimits(n: n, rate: rate) }
    let values = interpolated(n: n, rate: rate)
    var limits = FunnelLimits(n: 0, rate: rate)
    limits.outer = values[0]...values[3]
    limits.inner = values[1]...values[2]
    return limits
  }

  /// For each quantile q (ascending): with r the smallest count whose CDF reaches q,
  /// (r - a) / n where a = (F(r) - q) / (F(r) - F(r - 1)), clamped to [0, 1].
  private static func interpolated(n: Int, rate: Double) -> [Double] {
    let logOdds = log(rate) - log1p(-rate)
    var logPMF = Double(n) * log1p(-rate)
    var below = 0.0
    var results: [Double] = []
    var next = 0
    for k in 0...n {
      if k > 0 { logPMF += log(Double(n - k + 1) / Double(k)) + logOdds }
      let atK = min(1, below + exp(logPMF))
      while next < quantiles.count, atK >= quantiles[next] - 1e-12 {
        let q = quantiles[next]
        let a = atK > below ? (atK - q) / (atK - below) : 0
        results.append(min(1, max(0, (Double(k) - a) / Double(n))))
        next += 1
      }
      if next == quantiles.count { break }
      below = atK
    }
    while results.count < quantiles.count { results.append(1) }
    return results
  }
}
