import Foundation
import Testing

@testable import CaseAudit

/// The first n meeting a condition, found one at a time: the independent check of bisection.
private func linearScan(from start: Int, to end: Int, _ meets: (Int) -> Bool) -> Int? {
  (start...end).first(where: meets)
}

/// Sample sizes by bisection agree with a plain scan, stay within their ranges and say when no
/// sample can meet the criterion.
@Suite struct SampleSizeTests {
  @Test(arguments: [0.8, 0.9, 0.95, 0.99], [0.01, 0.05, 0.1, 0.3])
  func binomialBisectionEqualsAScan(confidence: Double, rate: Double) {
    for k in [0, 1, 3, 7] {
      let scanned = linearScan(from: k + 1, to: 20_000) {
        Binomial.cdf(k, n: $0, p: rate) <= 1 - confidence
      }
      #expect(
        SampleSize.binomial(confidence: confidence, tolerableRate: rate, expectedDeviations: k)
          == scanned)
    }
  }

  @Test(arguments: [50, 200, 1000], [0.02, 0.05, 0.2])
  func hypergeometricBisectionEqualsAScan(population: Int, rate: Double) {
    let deviations = Int((rate * Double(population)).rounded(.up))
    for k in [0, 1, 2] where k < deviations {
      let scanned = linearScan(from: k + 1, to: population) {
        Binomial.hypergeometricCDF(k, population: population, successes: deviations, draws: $0)
          <= 0.05
      }
      #expect(
        SampleSize.hypergeometric(
          confidence: 0.95, tolerableRate: rate, expectedDeviations: k, population: population)
          == scanned)
    }
  }

  @Test(arguments: [0.0, 0.01, 0.02, 0.04])
  func expectedRateEqualsAScan(expected: Double) {
    let scanned = linearScan(from: 1, to: 100_000) { n in
      let k = Int((expected * Double(n)).rounded(.up))
      return Binomial.cdf(k, n: n, p: 0.05) <= 0.05
    }
    #expect(
      SampleSize.forExpectedRate(confidence: 0.95, tolerableRate: 0.05, expectedRate: expected)
        == scanned)
  }

  @Test func unmeetableCriteriaGiveNoSize() {
    #expect(
      SampleSize.hypergeometric(
        confidence: 0.95, tolerableRate: 0.05, expectedDeviations: 5, population: 100) == nil)
    #expect(
      SampleSize.binomial(confidence: 0.999, tolerableRate: 0.001, expectedDeviations: 10_000)
        == nil)
  }

  /// The largest corner of the options' ranges is answered by bisection, not a scan: the size
  /// meets the criterion and one case fewer does not.
  @Test func theRangesLargestCornerIsTheSmallestSizeThatMeetsIt() throws {
    let (population, deviations) = (10_000_000, 10_000)
    let n = try #require(
      SampleSize.hypergeometric(
        confidence: 0.999, tolerableRate: 0.001, expectedDeviations: 9_999,
        population: population))
    func meets(_ draws: Int) -> Bool {
      Binomial.hypergeometricCDF(
        9_999, population: population, successes: deviations, draws: draws) <= 0.001
    }
    #expect(meets(n))
    #expect(!meets(n - 1))
  }

  /// A rate not exact in binary: 0.07 x 100 is 7.000000000000001 in floating point, so a ceiling
  /// there allows 8 deviations and sizes the sample for 8% (31 cases). Independent values from
  /// SciPy 1.17: the smallest n with scipy.stats.hypergeom.cdf(0, 100, 7, n) <= 0.05 is 34;
  /// with 8 deviations in the population it is 31.
  @Test func aRateNotExactInBinaryAllowsTheDeviationsAsWritten() {
    #expect(SampleSize.tolerableDeviations(rate: 0.07, population: 100) == 7)
    #expect(SampleSize.tolerableDeviations(rate: 0.29, population: 100) == 29)
    #expect(SampleSize.tolerableDeviations(rate: 0.071, population: 100) == 8)
    #expect(
      SampleSize.hypergeometric(
        confidence: 0.95, tolerableRate: 0.07, expectedDeviations: 0, population: 100) == 34)
    #expect(
      SampleSize.forExpectedRate(
        confidence: 0.95, tolerableRate: 0.07, expectedRate: 0, population: 100) == 34)
  }

  /// An expected rate whose allowance is never below the tolerable count in the population: no
  /// sample meets the criterion, and none is offered as if it did. (5% of 20 allows 1 deviation;
  /// 4% expected allows ceil(0.04 n) >= 1 in any sample.)
  @Test func anUnreachableExpectedRateGivesNoSize() {
    #expect(
      SampleSize.forExpectedRate(
        confidence: 0.95, tolerableRate: 0.05, expectedRate: 0.04, population: 20) == nil)
  }
}
