import Foundation

/// Student's t distribution: its two-sided quantile, for intervals whose variance is estimated
/// with few degrees of freedom (a stratified sample's design degrees of freedom).
public enum StudentT {
  /// The quantile q (0.5 < q < 1) of t with `df` degrees of freedom (df >= 1), found by
  /// bisection on the distribution function to about 1e-12.
  public static func quantile(_ q: Double, df: Double) -> Double {
    var (low, high) = (0.0, 1e7)
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if cdf(middle, df: df) < q { low = middle } else { high = middle }
      if high - low < 1e-13 * max(1, low) { break }
    }
    return (low + high) / 2
  }

  /// P(T <= t) for t >= 0: 1 - I_x(df / 2, 1 / 2) / 2 with x = df / (df + t^2).
  static func cdf(_ t: Double, df: Double) -> Double {
    1 - regularizedBeta(df / (df + t * t), df / 2, 0.5) / 2
  }

  /// The regularised incomplete beta function I_x(a, b), by its continued fraction (evaluated
  /// by Lentz's method), using the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) where it converges
  /// slowly.
  static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logBeta: Double = lgamma(a) + lgamma(b) - lgamma(a + b)
    let logPowers: Double = a * log(x) + b * log(1 - x)
    let front = exp(logPowers - logBeta)
    if x < (a + 1) / (a + b + 2) { return front * continuedFraction(x, a, b) / a }
    return 1 - front * continuedFraction(1 - x, b, a) / b
  }

  private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    d = 1 / (abs(d) < tiny ? tiny : d)
    var result = d
    for m in 1...300 {
      let m = Double(m)
      for numerator in [
        m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
        -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
      ] {
        d = 1 + numerator * d
        d = 1 / (abs(d) < tiny ? tiny : d)
        c = 1 + numerator / c
        if abs(c) < tiny { c = tiny }
        result *= d * c
      }
      if abs(d * c - 1) < 1e-15 { break }
    }
    return result
  }
}
