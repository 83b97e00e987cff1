import Foundation
import Testing

@testable import CaseAudit

/// Which weight values a sample can use.
@Suite struct InvalidWeightTests {
  @Test func onlyPositiveFiniteWeightsAreUsable() {
    #expect(InvalidWeight.reason(for: nil) == .unknown)
    #expect(InvalidWeight.reason(for: .nan) == .notFinite)
    #expect(InvalidWeight.reason(for: .infinity) == .notFinite)
    #expect(InvalidWeight.reason(for: -.infinity) == .notFinite)
    #expect(InvalidWeight.reason(for: 0) == .notPositive)
    #expect(InvalidWeight.reason(for: -0.5) == .notPositive)
    #expect(InvalidWeight.reason(for: .leastNonzeroMagnitude) == nil)
    #expect(InvalidWeight.reason(for: 3) == nil)
  }

  @Test func theWarningCountsEachReasonAndNamesEveryCase() {
    let cases = [
      InvalidWeight(row: 0, caseID: "A", reason: .notFinite),
      InvalidWeight(row: 1, caseID: "B", reason: .unknown),
      InvalidWeight(row: 2, caseID: "C", reason: .notFinite),
    ]
    #expect(
      SamplingWarning.invalidWeights(cases, policy: .weight1).message
        == "3 cases had a weight that cannot be used (unknown: 1, not a finite number: 2) and"
        + " were weighted 1 (invalid_weight: weight_1): A, B, C")
  }
}
