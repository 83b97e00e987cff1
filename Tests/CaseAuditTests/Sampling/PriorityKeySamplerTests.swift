import Testing

@testable import CaseAudit

private func frame(_ count: Int, strata: [String] = ["all"]) -> [FrameCase] {
  (0..<count).map {
    FrameCase(row: $0, caseID: "C\($0)", stratum: strata[$0 % strata.count], weight: 1)
  }
}

private func ids(_ sample: Sample) -> [String] { sample.cases.map(\.frameCase.caseID) }

@Suite struct PriorityKeySamplerTests {
  /// Keys recomputed independently with Python's hashlib: sha256(seed:case_id)[:16].
  @Test(arguments: [
    (UInt64(20_220_401), "C100054", "012d154a50405afb"), (7, "case-1", "5a0b763ef138a1eb"),
    (0, "", "ba768b331fd86cec"),
  ])
  func keysAreTheFirst16HexDigitsOfSHA256(seed: UInt64, caseID: String, hex: String) {
    #expect(PriorityKey(seed: seed, caseID: caseID).hex == hex)
  }

  @Test func rowOrderDoesNotMatter() {
    let cases = frame(200, strata: ["a", "b", "c"])
    let forward = PriorityKeySampler.draw(
      cases, seed: 42, size: .count(30), allocation: .proportional, minimumPerStratum: 2,
      weighted: false)
    let backward = PriorityKeySampler.draw(
      cases.reversed(), seed: 42, size: .count(30), allocation: .proportional,
      minimumPerStratum: 2, weighted: false)
    #expect(ids(forward) == ids(backward))
    #expect(ids(forward).count == 30)
  }

  @Test func aTopUpKeepsTheFirstSample() {
    let cases = frame(500)
    let first = PriorityKeySampler.draw(
      cases, seed: 9, size: .count(20), allocation: .proportional, minimumPerStratum: 0,
      weighted: false)
    let extended = PriorityKeySampler.draw(
      cases, seed: 9, size: .count(35), allocation: .proportional, minimumPerStratum: 0,
      weighted: false)
    #expect(Array(ids(extended).prefix(20)) == ids(first))
  }

  @Test func otherSeedsDrawOtherSamples() {
    let cases = frame(500)
    let a = PriorityKeySampler.draw(
      cases, seed: 1, size: .count(20), allocation: .equal, minimumPerStratum: 0, weighted: false)
    let b = PriorityKeySampler.draw(
      cases, seed: 2, size: .count(20), allocation: .equal, minimumPerStratum: 0, weighted: false)
    #expect(Set(ids(a)) != Set(ids(b)))
  }

  @Test func proportionalAllocationUsesLargestRemainders() {
    // 40 from 61/29/10: quotas 24.4, 11.6, 4.0 -> 24, 12, 4.
    #expect(
      StratumAllocation.proportional(
        total: 40, sizes: [("a", 61), ("b", 29), ("c", 10)], minimum: 0) == [24, 12, 4])
    // A minimum of 5 raises c from 4 to 5, taken from a (the most above its minimum).
    #expect(
      StratumAllocation.proportional(
        total: 40, sizes: [("a", 61), ("b", 29), ("c", 10)], minimum: 5) == [23, 12, 5])
    // A minimum is capped at the stratum's size.
    #expect(
      StratumAllocation.proportional(total: 10, sizes: [("a", 98), ("b", 2)], minimum: 3) == [8, 2])
    // Equal remainders go to strata in name order.
    #expect(
      StratumAllocation.proportional(
        total: 2, sizes: [("b", 10), ("a", 10), ("c", 10)], minimum: 0)
        == [1, 1, 0])
  }

  @Test func equalAllocationSpreadsAndRefills() {
    #expect(
      StratumAllocation.equal(total: 10, sizes: [("a", 50), ("b", 2), ("c", 50)], minimum: 0) == [
        4, 2, 4,
      ])
    #expect(
      StratumAllocation.equal(total: 7, sizes: [("a", 50), ("b", 50)], minimum: 0) == [4, 3])
  }

  @Test func sizesByShareAndAssurance() {
    #expect(PriorityKeySampler.totalSize(.share(0.1), population: 435) == 44)
    // 7% of 100 is 7 cases (floating point gives 7.000000000000001, rounded up to 8).
    #expect(PriorityKeySampler.totalSize(.share(0.07), population: 100) == 7)
    #expect(PriorityKeySampler.totalSize(.count(50), population: 30) == 30)
    #expect(
      PriorityKeySampler.totalSize(
        .assurance(confidence: 0.95, tolerableRate: 0.05, expectedRate: 0), population: 500) == 56)
  }

  @Test func weightedKeysFavourHeavyCasesAndNeverDrawWeightZero() {
    var cases = frame(1000)
    for index in cases.indices {
      cases[index].weight = index < 100 ? 5 : (index < 200 ? 0 : 1)
    }
    let sample = PriorityKeySampler.draw(
      cases, seed: 5, size: .count(100), allocation: .proportional, minimumPerStratum: 0,
      weighted: true)
    let rows = sample.cases.map(\.frameCase.row)
    #expect(!rows.contains { (100..<200).contains($0) })
    // Heavy cases are 100 of 900 drawable (11%) but, at five times the weight, far more of the
    // sample: about 40% by the inclusion probabilities of weighted sampling without replacement.
    let heavy = rows.filter { $0 < 100 }.count
    #expect(heavy > 25 && heavy < 55)
  }
}
