import Foundation

/// Attribute-sampling sample sizes: the smallest sample whose one-sided upper bound on the
/// deviation rate, allowing the expected deviations, is within the tolerable rate. Every size is
/// found by bisection (the bound only falls as the sample grows), so none takes more than a few
/// dozen probability sums, within the documented ranges below.
public enum SampleSize {
  /// Confidence levels accepted: 50% to 99.9%.
  public static let confidences = 0.5...0.999
  /// Tolerable deviation rates accepted: 0.1% to 99%.
  public static let tolerableRates = 0.001...0.99
  /// Expected deviations accepted in a sample.
  public static let expectedDeviations = 0...10_000
  /// Populations accepted (and the largest sample searched).
  public static let populations = 1...10_000_000

  /// The binomial size: smallest n with P(X <= k | n, tolerable) <= 1 - confidence; nil when
  /// no sample of up to 10,000,000 cases meets it. (95%, 5%, 0 deviations: 59; 1: 93; 2: 124;
  /// 10% tolerable: 29 and 46.)
  public static func binomial(confidence: Double, tolerableRate: Double, expectedDeviations k: Int)
    -> Int?
  {
    firstSize(in: max(1, k + 1)...populations.upperBound) {
      Binomial.cdf(k, n: $0, p: tolerableRate) <= 1 - confidence
    }
  }

  /// The deviations a tolerable rate allows in a population: ceil(rate x N), computed on the
  /// rate as written (0.07 of 100 is 7, where floating point gives 8).
  public static func tolerableDeviations(rate: Double, population: Int) -> Int {
    DecimalRate(rate).ceilTimes(population)
  }

  /// The hypergeometric size for a known population of N, with ceil(tolerable x N) deviations
  /// in it (95%, 5%, 0 deviations: N = 200 gives 51, N = 500 gives 56); nil when the expected
  /// deviations are not below that count, since then not even the whole population can show the
  /// rate is within it.
  public static func hypergeometric(
    confidence: Double, tolerableRate: Double, expectedDeviations k: Int, population: Int
  ) -> Int? {
    let deviations = tolerableDeviations(rate: tolerableRate, population: population)
    guard k < deviations, k < population else { return nil }
    return firstSize(in: (k + 1)...population) {
      Binomial.hypergeometricCDF(k, population: population, successes: deviations, draws: $0)
        <= 1 - confidence
    }
  }

  /// The size for an expected deviation *rate*: the smallest n whose allowance of
  /// ceil(expected x n) deviations (exact, on the rate as written) still meets the bound
  /// (hypergeometric when N is given); nil when no sample, not even the whole population, meets
  /// it. The allowance is searched by bisection, as the bound at the largest sample of each
  /// allowance falls as the allowance grows.
  public static func forExpectedRate(
    confidence: Double, tolerableRate: Double, expectedRate: Double, population: Int? = nil
  ) -> Int? {
    guard expectedRate < tolerableRate else { return nil }
    let largest = population ?? populations.upperBound
    let deviations = population.map { tolerableDeviations(rate: tolerableRate, population: $0) }
    func meets(_ n: Int, allowing k: Int) -> Bool {
      if let population, let deviations {
        return Binomial.hypergeometricCDF(
          k, population: population, successes: deviations, draws: n) <= 1 - confidence
      }
      return Binomial.cdf(k, n: n, p: tolerableRate) <= 1 - confidence
    }
    let exactExpected = DecimalRate(expectedRate)
    func allowance(_ n: Int) -> Int { exactExpected.ceilTimes(n) }
    // The largest n (at most `largest`) whose allowance is at most k.
    func lastSize(allowing k: Int) -> Int {
      guard expectedRate > 0 else { return largest }
      var n = min(largest, Int((Double(k) / expectedRate).rounded(.down)))
      while n < largest, allowance(n + 1) <= k { n += 1 }
      while n > 0, allowance(n) > k { n -= 1 }
      return n
    }
    let found = firstSize(in: allowance(1)...allowance(largest)) { k in
      meets(lastSize(allowing: k), allowing: k)
    }
    guard let k = found else { return nil }
    let first = k == allowance(1) ? 1 : lastSize(allowing: k - 1) + 1
    return firstSize(in: first...lastSize(allowing: k)) { meets($0, allowing: k) }
  }

  /// The smallest value of a range meeting a condition that, once met, stays met; nil if none.
  static func firstSize(in range: ClosedRange<Int>, _ meets: (Int) -> Bool) -> Int? {
    guard meets(range.upperBound) else { return nil }
    var (low, high) = (range.lowerBound, range.upperBound)
    while low < high {
      let middle = low + (high - low) / 2
      if meets(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
