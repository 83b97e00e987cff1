import Foundation

/// Attribute-sampling sample sizes: the smallest sample whose one-sided upper bound on the
/// deviation rate, allowing the expected deviations, is within the tolerable rate.
public enum SampleSize {
  /// The binomial size: smallest n with P(X <= k | n, tolerable) <= 1 - confidence.
  /// (95%, 5%, 0 deviations: 59; 1: 93; 2: 124; 10% tolerable: 29 and 46.)
  public static func binomial(confidence: Double, tolerableRate: Double, expectedDeviations k: Int)
    -> Int
  {
    var n = max(1, k + 1)
    while Binomial.cdf(k, n: n, p: tolerableRate) > 1 - confidence { n += 1 }
    return n
  }

  /// The hypergeometric size for a known population of N, with ceil(tolerable x N) deviations in
  /// it (95%, 5%, 0 deviations: N = 200 gives 51, N = 500 gives 56); at most N.
  public static func hypergeometric(
    confidence: Double, tolerableRate: Double, expectedDeviations k: Int, population: Int
  ) -> Int {
    let deviations = Int((tolerableRate * Double(population)).rounded(.up))
    for n in max(1, k + 1)...max(1, population) {
      let p = Binomial.hypergeometricCDF(
        k, population: population, successes: deviations, draws: n)
      if p <= 1 - confidence { return n }
    }
    return population
  }

  /// The size for an expected deviation *rate*: the smallest n whose allowance of
  /// ceil(expected x n) deviations still meets the bound (hypergeometric when N is given).
  public static func forExpectedRate(
    confidence: Double, tolerableRate: Double, expectedRate: Double, population: Int? = nil
  ) -> Int? {
    guard expectedRate < tolerableRate else { return nil }
    var n = 1
    while n <= 100_000 {
      let k = Int((expectedRate * Double(n)).rounded(.up))
      let tail: Double
      if let population {
        if n > population { return population }
        let deviations = Int((tolerableRate * Double(population)).rounded(.up))
        tail = Binomial.hypergeometricCDF(
          k, population: population, successes: deviations, draws: n)
      } else {
        tail = Binomial.cdf(k, n: n, p: tolerableRate)
      }
      if tail <= 1 - confidence { return n }
      n += 1
    }
    return nil
  }
}
