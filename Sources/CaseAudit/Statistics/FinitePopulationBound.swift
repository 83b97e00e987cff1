/// The exact upper bound on a rate of deviations in a known, finite population, from a simple
/// random sample drawn without replacement: hypergeometric, where Clopper–Pearson's binomial
/// bound assumes an infinite population (or draws with replacement) and so overstates it.
public enum FinitePopulationBound {
  /// The one-sided upper confidence bound on the deviations in a population of N, having seen
  /// x in a sample of n: the largest count D whose chance of showing x or fewer in n is still
  /// above 1 - confidence (Buonaccorsi 1987), as a rate D / N. 0 in 25 of 153 at 95%: D = 15,
  /// 9.8% (Clopper–Pearson: 11.3%). Nil for impossible counts.
  public static func upper(_ x: Int, _ n: Int, population: Int, confidence: Double = 0.95)
    -> Double?
  {
    guard n > 0, x >= 0, x <= n, n <= population else { return nil }
    let alpha = 1 - confidence
    // D runs from x (the deviations seen) to N - (n - x) (every case not sampled a deviation);
    // P(X <= x) falls as D grows, so the last D above alpha is found by bisection.
    var (low, high) = (x, population - (n - x))
    while low < high {
      let middle = low + (high - low + 1) / 2
      let p = Binomial.hypergeometricCDF(x, population: population, successes: middle, draws: n)
      if p > alpha { low = middle } else { high = middle - 1 }
    }
    return Double(low) / Double(population)
  }
}
