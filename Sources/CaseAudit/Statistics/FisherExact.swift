import Foundation

/// Fisher's exact test for a 2x2 table: is the difference between two proportions larger than
/// chance? Exact, so it stays right at the small numbers of a dip sample.
public enum FisherExact {
  /// The two-sided p-value for `a` of `a + b` against `c` of `c + d`: the probability, with the
  /// margins fixed, of a table no more likely than the one observed.
  public static func twoSided(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
    let row1 = a + b
    let column1 = a + c
    let total = a + b + c + d
    guard total > 0 else { return 1 }
    func probability(_ x: Int) -> Double {
      exp(
        Binomial.logChoose(row1, x) + Binomial.logChoose(total - row1, column1 - x)
          - Binomial.logChoose(total, column1))
    }
    let observed = probability(a)
    let low = max(0, column1 - (total - row1))
    let high = min(row1, column1)
    var p = 0.0
    for x in low...high {
      let value = probability(x)
      if value <= observed * (1 + 1e-7) { p += value }
    }
    return min(1, p)
  }
}
