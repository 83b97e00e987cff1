import Foundation
import Testing

@testable import CaseAudit

/// Every case of a plan's population scored once, to resample from.
private struct Census {
  let plan: AuditPlan
  let run: AuditRun
  let rows: [Int: Int]

  init(_ name: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("Samples/\(name).yaml").path
    plan = try #require(PlanLoader().load(path: path).0)
    var census = plan
    census.size = .count(1_000_000)
    run = AuditRun(plan: census, dataPath: try #require(plan.dataPath), seed: 1)
    rows = Dictionary(
      uniqueKeysWithValues: run.sample.cases.enumerated().map { ($1.frameCase.row, $0) })
  }

  /// The rule's compliance over the whole population.
  func truth(_ rule: Int) -> Double {
    let outcomes = run.results.map { $0.findings[rule].outcome }
    let met = outcomes.filter { $0 == .met }.count
    return Double(met) / Double(outcomes.filter { $0 == .met || $0 == .notMet }.count)
  }

  /// Estimates over `seeds` samples drawn as the plan draws them.
  func estimates(_ rule: Int, seeds: ClosedRange<UInt64>) -> [RatioEstimate] {
    let design = SampleDesign(plan: plan)
    return seeds.compactMap { seed in
      let sample = PriorityKeySampler.draw(
        run.frame.cases, seed: seed, size: plan.size, allocation: plan.allocation,
        minimumPerStratum: plan.minimumPerStratum, weighted: plan.weight != nil)
      let findings = sample.cases.map { run.results[rows[$0.frameCase.row]!].findings[rule] }
      return RuleStatistics(
        rule: run.scorer.rules[rule], findings: findings, sample: sample, design: design,
        designWeights: design.designWeights(sample, frame: run.frame.cases)
      ).populationEstimate
    }
  }
}

/// The population estimate's 95% interval covers the population's compliance in at least 93% of
/// 1,000 seeded samples of the demo export, and the estimate is close to unbiased. Measured:
/// iro_allocated_promptly (stratified by IRO, 40 cases) 94.4%, bias -0.19 points (the earlier
/// estimator weighting strata by N_h: -4.2 points); escalation_resolved_within_timescale
/// (weighted 3:1) 97.2%, bias -0.33 points (unweighted sample rate before: -5.1 points).
@Suite struct EstimateCoverageTests {
  @Test(arguments: [
    ("iro-quarterly-dip-sample", "iro_allocated_promptly"),
    ("escalations-thematic", "escalation_resolved_within_timescale"),
  ])
  func coverage(plan: String, ruleID: String) throws {
    let census = try Census(plan)
    let rule = try #require(census.run.scorer.rules.firstIndex { $0.id == ruleID })
    let truth = census.truth(rule)
    let estimates = census.estimates(rule, seeds: 1...1000)
    let covered = estimates.filter { $0.interval.contains(truth) }.count
    let coverage = Double(covered) / Double(estimates.count)
    let bias = estimates.reduce(0.0) { $0 + $1.value } / Double(estimates.count) - truth
    // A sample with no decided case has no estimate (24 of the 1,000 for iro_allocated_promptly).
    #expect(estimates.count >= 950)
    #expect(coverage >= 0.93)
    #expect(abs(bias) < 0.01)
  }
}
