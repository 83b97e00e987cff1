import Testing

@testable import CaseAudit

/// The approximate inclusion probabilities of weighted sampling against the sampler itself: over
/// 4,000 seeds, each case's share of samples it was drawn in is within 0.03 of 1 - exp(-w tau)
/// (the binomial standard error of a share near 0.5 over 4,000 seeds is 0.008).
@Suite struct InclusionProbabilityTests {
  @Test func rosensApproximationMatchesTheSamplersFrequencies() {
    let weights = (0..<24).map { Double($0 % 3 + 1) }
    let frame = weights.enumerated().map {
      FrameCase(row: $0, caseID: "C\($0)", stratum: "all", weight: $1)
    }
    let n = 6
    var drawn = [Int](repeating: 0, count: frame.count)
    let seeds = 4000
    for seed in 1...seeds {
      let sample = PriorityKeySampler.draw(
        frame, seed: UInt64(seed), size: .count(n), allocation: .proportional,
        minimumPerStratum: 0, weighted: true)
      for item in sample.cases { drawn[item.frameCase.row] += 1 }
    }
    let probabilities = InclusionProbabilities.successive(weights: weights, sample: n)
    #expect(abs(probabilities.reduce(0, +) - Double(n)) < 1e-9)
    for (count, probability) in zip(drawn, probabilities) {
      #expect(abs(Double(count) / Double(seeds) - probability) < 0.03)
    }
  }
}
