import Testing

@testable import CaseAudit

/// Student's t quantiles against SciPy 1.17: `scipy.stats.t.ppf(q, df)`.
@Suite struct StudentTTests {
  @Test(arguments: [
    (0.975, 1.0, 12.706204736174694), (0.975, 5.0, 2.5705818356363146),
    (0.975, 30.0, 2.0422724563012378), (0.975, 1000.0, 1.9623390808264083),
    (0.9750021048517795, 5.0, 2.570651219363915),
  ])
  func quantile(q: Double, df: Double, expected: Double) {
    #expect(abs(StudentT.quantile(q, df: df) - expected) < 1e-8 * expected)
  }
}
