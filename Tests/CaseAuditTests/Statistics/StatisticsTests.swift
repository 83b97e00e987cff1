import Testing

@testable import CaseAudit

/// Published values from the design (sampling-and-statistics.md) and values computed
/// independently with SciPy 1.17 (scipy.stats.beta, binom, hypergeom) and, for Wilson, the
/// closed form with z = 1.96 as published tables use it; to six decimals.
@Suite struct StatisticsTests {
  @Test(arguments: [
    (3, 40, 0.025836, 0.198645), (0, 12, 0.0, 0.242501), (12, 12, 0.757499, 1.0),
    (1267, 1285, 0.977966, 0.991121), (7, 9, 0.452583, 0.936776),
  ])
  func wilsonIntervals(x: Int, n: Int, low: Double, high: Double) throws {
    let interval = try #require(ProportionIntervals.wilson(x, n))
    #expect(abs(interval.lowerBound - low) < 5e-7)
    #expect(abs(interval.upperBound - high) < 5e-7)
  }

  @Test func publishedWilsonFigures() throws {
    let a = try #require(ProportionIntervals.wilson(3, 40))
    #expect(String(format: "%.1f%%-%.1f%%", a.lowerBound * 100, a.upperBound * 100) == "2.6%-19.9%")
    let b = try #require(ProportionIntervals.wilson(0, 12))
    #expect(String(format: "%.1f%%-%.1f%%", b.lowerBound * 100, b.upperBound * 100) == "0.0%-24.3%")
    #expect(ProportionIntervals.wilson(0, 0) == nil)
  }

  @Test(arguments: [
    (0, 30, 0.095034), (2, 30, 0.195326), (3, 40, 0.182587), (0, 59, 0.049508),
    (5, 200, 0.051843), (30, 30, 1.0),
  ])
  func clopperPearsonUpperBounds(x: Int, n: Int, bound: Double) throws {
    let value = try #require(ProportionIntervals.clopperPearsonUpper(x, n))
    #expect(abs(value - bound) < 5e-7)
  }

  @Test(arguments: [
    (0.05, 0, 59), (0.05, 1, 93), (0.05, 2, 124), (0.10, 0, 29), (0.10, 1, 46), (0.02, 0, 149),
    (0.05, 3, 153),
  ])
  func binomialSampleSizes(tolerable: Double, deviations: Int, size: Int) {
    #expect(
      SampleSize.binomial(
        confidence: 0.95, tolerableRate: tolerable, expectedDeviations: deviations) == size)
  }

  @Test(arguments: [
    (200, 0, 51), (500, 0, 56), (100, 0, 45), (1000, 0, 57), (200, 1, 78), (500, 1, 87),
  ])
  func hypergeometricSampleSizes(population: Int, deviations: Int, size: Int) {
    #expect(
      SampleSize.hypergeometric(
        confidence: 0.95, tolerableRate: 0.05, expectedDeviations: deviations,
        population: population) == size)
  }

  @Test func expectedRateOfZeroIsZeroDeviations() {
    #expect(
      SampleSize.forExpectedRate(confidence: 0.95, tolerableRate: 0.05, expectedRate: 0) == 59)
    #expect(
      SampleSize.forExpectedRate(confidence: 0.95, tolerableRate: 0.05, expectedRate: 0.06) == nil)
  }

  @Test(arguments: [
    (20, 0.9, [0.614828, 0.721532, 0.989718, 0.999589]),
    (50, 0.9, [0.739872, 0.800277, 0.966137, 0.996119]),
    (10, 0.75, [0.218907, 0.409028, 0.955606, 0.998224]),
    (100, 0.986, [0.931919, 0.952946, 0.998976, 0.999959]),
    (7, 0.5, [0.0, 0.044898, 0.812245, 0.981714]),
  ])
  func funnelLimits(n: Int, rate: Double, limits: [Double]) {
    let funnel = FunnelLimits(n: n, rate: rate)
    let actual = [
      funnel.outer.lowerBound, funnel.inner.lowerBound, funnel.inner.upperBound,
      funnel.outer.upperBound,
    ]
    for (a, b) in zip(actual, limits) { #expect(abs(a - b) < 5e-6) }
  }

  /// Tail probabilities from SciPy: P(X <= 14 | 20, 0.9) = 0.01125, P(X <= 13) = 0.00239,
  /// P(X <= 12) = 0.00042; P(X >= 16 | 20, 0.5) = 0.00591, P(X >= 17) = 0.00129,
  /// P(X >= 19) = 0.00002; P(X >= 4 | 4, 0.96) = 0.849.
  @Test(arguments: [
    (18, 20, 0.9, FunnelLimits.Position.within), (15, 20, 0.9, .within),
    (14, 20, 0.9, .belowInner), (13, 20, 0.9, .belowInner), (12, 20, 0.9, .belowOuter),
    (4, 4, 0.96, .within), (16, 20, 0.5, .aboveInner), (17, 20, 0.5, .aboveInner),
    (19, 20, 0.5, .aboveOuter),
  ])
  func funnelPositions(met: Int, n: Int, rate: Double, position: FunnelLimits.Position) {
    #expect(FunnelLimits.position(met: met, n: n, rate: rate) == position)
  }

  @Test func binomialDistributionSumsToOne() {
    let total = (0...40).reduce(0.0) { $0 + Binomial.pmf($1, n: 40, p: 0.3) }
    #expect(abs(total - 1) < 1e-12)
    #expect(Binomial.cdf(40, n: 40, p: 0.3) == 1)
    #expect(Binomial.hypergeometricCDF(10, population: 50, successes: 10, draws: 20) == 1)
  }
}

/// Agreement and Fisher's exact test, against hand-computed and SciPy values.
@Suite struct AgreementTests {
  /// 50 findings: both met 20, engine met / auditor not 5, engine not / auditor met 10, both not
  /// met 15. Observed 0.7, chance 25/50 x 30/50 + 25/50 x 20/50 = 0.5, kappa 0.4 (by hand).
  @Test func cohensKappaByHand() throws {
    let pairs: [(Outcome, Outcome)] =
      Array(repeating: (.met, .met), count: 20) + Array(repeating: (.met, .notMet), count: 5)
      + Array(repeating: (.notMet, .met), count: 10)
      + Array(repeating: (.notMet, .notMet), count: 15)
    let agreement = Agreement(pairs)
    #expect(agreement.count == 50)
    #expect(agreement.percentage == 0.7)
    #expect(abs(try #require(agreement.kappa) - 0.4) < 1e-12)
    #expect(Agreement.interpretation(agreement.kappa) == "fair")
  }

  @Test func kappaOfThreeCategoriesAndItsLimits() throws {
    // Observed 6/9; chance (3x3 + 3x4 + 3x2)/81 = 27/81; kappa (6/9 - 1/3) / (2/3) = 0.5.
    let pairs: [(String, String)] = [
      ("a", "a"), ("a", "a"), ("a", "b"), ("b", "b"), ("b", "b"), ("b", "c"), ("c", "c"),
      ("c", "c"), ("c", "b"),
    ]
    #expect(abs(try #require(Agreement(pairs).kappa) - 0.5) < 1e-12)
    #expect(Agreement([("a", "a"), ("a", "a")]).kappa == nil)
    #expect(Agreement([(String, String)]()).percentage == nil)
    #expect(Agreement([("a", "b"), ("b", "a")]).kappa == -1)
  }

  @Test(arguments: [
    ([8, 2, 1, 5], 0.034965), ([30, 10, 20, 20], 0.036835), ([12, 0, 9, 3], 0.217391),
    ([3, 1, 1, 3], 0.485714), ([0, 5, 5, 0], 0.007937),
  ])
  func fisherExactAgainstSciPy(table: [Int], p: Double) {
    #expect(abs(FisherExact.twoSided(table[0], table[1], table[2], table[3]) - p) < 5e-7)
  }
}
