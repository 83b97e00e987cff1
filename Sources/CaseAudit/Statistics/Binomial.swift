import Foundation

/// Binomial and hypergeometric probabilities, computed through log-gamma so they stay accurate
/// for the sizes audits meet (a unit of a few cases to a population of thousands).
public enum Binomial {
  /// ln C(n, k), computed in floating point so no count can overflow.
  static func logChoose(_ n: Int, _ k: Int) -> Double {
    lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n) - Double(k) + 1)
  }

  /// P(X = k) for X ~ Binomial(n, p).
  public static func pmf(_ k: Int, n: Int, p: Double) -> Double {
    guard k >= 0, k <= n else { return 0 }
    if p <= 0 { return k == 0 ? 1 : 0 }
    if p >= 1 { return k == n ? 1 : 0 }
    return exp(logChoose(n, k) + Double(k) * log(p) + Double(n - k) * log1p(-p))
  }

  /// P(X <= k) for X ~ Binomial(n, p).
  public static func cdf(_ k: Int, n: Int, p: Double) -> Double {
    if k < 0 { return 0 }
    if k >= n { return 1 }
    var total = 0.0
    for i in 0...k { total += pmf(i, n: n, p: p) }
    return min(1, total)
  }

  /// The smallest k with P(X <= k) >= q.
  public static func quantile(_ q: Double, n: Int, p: Double) -> Int {
    var total = 0.0
    for k in 0...n {
      total += pmf(k, n: n, p: p)
      if total >= q - 1e-12 { return k }
    }
    return n
  }

  /// P(X <= k) for X ~ Hypergeometric(population, successes, draws).
  public static func hypergeometricCDF(_ k: Int, population: Int, successes: Int, draws: Int)
    -> Double
  {
    let lower = max(0, draws - (population - successes))
    let upper = min(k, successes, draws)
    guard upper >= lower else { return k < lower ? 0 : 1 }
    let denominator = logChoose(population, draws)
    var total = 0.0
    for i in lower...upper {
      total += exp(
        logChoose(successes, i) + logChoose(population - successes, draws - i) - denominator)
    }
    return min(1, total)
  }
}
