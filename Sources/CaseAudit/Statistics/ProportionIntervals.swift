import Foundation

/// Intervals and bounds on a proportion from x successes in n trials.
public enum ProportionIntervals {
  /// The normal quantile for a two-sided 95% interval, as published tables round it (1.96).
  public static let z95 = 1.96

  /// The Wilson score interval (95% by default); nil when n is 0.
  public static func wilson(_ x: Int, _ n: Int, z: Double = z95) -> ClosedRange<Double>? {
    guard n > 0 else { return nil }
    let p = Double(x) / Double(n)
    let nn = Double(n)
    let denominator = 1 + z * z / nn
    let centre = (p + z * z / (2 * nn)) / denominator
    let half = z * sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn)) / denominator
    return max(0, centre - half)...min(1, centre + half)
  }

  /// The one-sided Clopper–Pearson upper bound on the rate of an event seen x times in n: the
  /// rate p at which seeing x or fewer has probability 1 - confidence. With 95% confidence,
  /// 0 deviations in 30 cases bound the population rate at 9.5%.
  public static func clopperPearsonUpper(_ x: Int, _ n: Int, confidence: Double = 0.95)
    -> Double?
  {
    guard n > 0, x >= 0, x <= n else { return nil }
    if x == n { return 1 }
    let alpha = 1 - confidence
    var low = 0.0
    var high = 1.0
    for _ in 0..<100 {
      let mid = (low + high) / 2
      if Binomial.cdf(x, n: n, p: mid) > alpha { low = mid } else { high = mid }
    }
    return (low + high) / 2
  }
}
