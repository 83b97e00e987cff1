import Foundation
import Testing

@testable import CaseAudit

/// The combined ratio estimator and its interval, against a hand computation, and the exact
/// finite-population bound against SciPy.
@Suite struct PopulationEstimateTests {
  /// Two strata: A (N = 100) samples met, met, not met, met and one case not decided; B (N = 300)
  /// samples met, not met, not met and one not decided. Computed independently with NumPy 2:
  /// R = sum(g y) / sum(g z) with g = N/n (20 and 75) = 135 / 305; V = sum over strata of
  /// (1 - n/N) n var(g e, ddof=1), e = y - R z, over 305^2 = 0.0579605095855138;
  /// n_eff = min(7, R (1 - R) / V) = 4.2564821460613675; design df = 7 decided - 2 strata = 5;
  /// Wilson on (R, n_eff (z / t)^2), z = 1.96, t = scipy.stats.t.ppf(norm.cdf(1.96), 5)
  /// = 2.570651219363915 (which is Wilson's formula at t on n_eff).
  @Test func aHandMadeStratifiedSample() throws {
    let a: [(Bool, Bool)] = [
      (true, true), (true, true), (true, false), (true, true), (false, false),
    ]
    let b: [(Bool, Bool)] = [(true, true), (true, false), (true, false), (false, false)]
    let cases =
      a.map { RatioEstimate.Case(stratum: 0, weight: 20, decided: $0.0, met: $0.1) }
      + b.map { RatioEstimate.Case(stratum: 1, weight: 75, decided: $0.0, met: $0.1) }
    let estimate = try #require(RatioEstimate(cases: cases, populations: [100, 300]))
    #expect(abs(estimate.value - 0.4426229508196721) < 1e-12)
    #expect(abs(estimate.effectiveSize - 4.2564821460613675) < 1e-9)
    #expect(estimate.degreesOfFreedom == 5)
    #expect(abs(estimate.interval.lowerBound - 0.08858322348696329) < 1e-9)
    #expect(abs(estimate.interval.upperBound - 0.866459490123312) < 1e-9)
  }

  @Test func noDecidedCaseGivesNoEstimate() {
    let cases = [RatioEstimate.Case(stratum: 0, weight: 4, decided: false, met: false)]
    #expect(RatioEstimate(cases: cases, populations: [4]) == nil)
  }

  /// scipy.stats.hypergeom (SciPy 1.17): the largest D with hypergeom.cdf(x, N, D, n) > 0.05,
  /// over N. 0 of 25 in 153: 15 (9.8%, where Clopper–Pearson, scipy.stats.beta.ppf(0.95, 1, 25),
  /// gives 11.3%); in 133: 13; 2 of 30 in 200: 37; 3 of 40 in 400: 70; 1 of 59 in 1000: 76;
  /// 3 of 50 in 50 (a census): 3; 0 of 10 in 12: 1.
  @Test(arguments: [
    (0, 25, 153, 15), (0, 25, 133, 13), (2, 30, 200, 37), (3, 40, 400, 70), (1, 59, 1000, 76),
    (3, 50, 50, 3), (0, 10, 12, 1),
  ])
  func theFinitePopulationBoundAgreesWithSciPy(x: Int, n: Int, population: Int, d: Int) throws {
    let bound = try #require(FinitePopulationBound.upper(x, n, population: population))
    #expect(bound == Double(d) / Double(population))
  }

  /// Strata with no decided case in the sample are named, counted here from the findings.
  @Test func strataWithNoDecidedCaseAreNamed() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("Samples/iro-quarterly-dip-sample.yaml").path
    let plan = try #require(PlanLoader().load(path: path).0)
    let run = AuditRun(plan: plan, dataPath: try #require(plan.dataPath), seed: 7)
    let report = AuditReport(run: run)
    var named = 0
    for (index, rule) in report.statistics.enumerated() {
      let decided = Set(
        zip(run.sample.cases, run.results).filter { _, result in
          [.met, .notMet].contains(result.findings[index].outcome)
        }.map { drawn, _ in drawn.frameCase.stratum })
      let expected = run.sample.strata.map(\.name).filter { !decided.contains($0) }
      #expect(rule.strataWithoutDecided == expected)
      named += expected.count
    }
    #expect(named > 0)
  }
}
