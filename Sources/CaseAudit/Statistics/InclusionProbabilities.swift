import Foundation

/// Inclusion probabilities of weighted sampling by Efraimidis–Spirakis keys: the n cases with the
/// smallest -ln(u) / w are an order sample with exponential ranking variables (successive
/// sampling), whose inclusion probabilities have no closed form. Rosén (1997) shows they are
/// close to pi_i = 1 - exp(-w_i tau), with tau such that the pi_i sum to n; the approximation is
/// asymptotic, and is checked against the sampler's own frequencies in the tests.
public enum InclusionProbabilities {
  /// Each case's approximate probability of being among the n drawn, for weights all above 0.
  public static func successive(weights: [Double], sample n: Int) -> [Double] {
    guard n < weights.count else { return weights.map { _ in 1 } }
    guard n > 0 else { return weights.map { _ in 0 } }
    func total(_ tau: Double) -> Double {
      weights.reduce(0.0) { $0 - expm1(-$1 * tau) }
    }
    var (low, high) = (0.0, 1.0)
    while total(high) < Double(n) { high *= 2 }
    for _ in 0..<200 {
      let middle = (low + high) / 2
      if total(middle) < Double(n) { low = middle } else { high = middle }
    }
    let tau = (low + high) / 2
    return weights.map { -expm1(-$0 * tau) }
  }
}
