import Foundation
import Testing

/// A plan sized for an assurance no sample can give says so, instead of drawing the population
/// as if the assurance were met.
@Suite struct AssuranceSizeTests {
  @Test func anUnreachableAssuranceIsAWarningNotASize() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let path = runner.folder.appendingPathComponent("plan.yaml").path
    let root = CommandRunner.repositoryRoot.path
    // 5% of 5 children allows 1 deviation; 4% expected allows ceil(0.04 n) >= 1 in any sample.
    try """
      plan: unreachable
      title: Unreachable assurance
      rules: \(root)/Rules/iro
      data: \(root)/Samples/demo-la
      period: 2022-01-01..2022-03-31
      population: "child_id in ['C100000', 'C100001', 'C100002', 'C100003', 'C100004']"
      sample:
        size: {confidence: 0.95, tolerable_rate: 0.05, expected_rate: 0.04}
        seed: 5

      """.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try runner.run(["sample", path, "--format", "json"])
    #expect(output.status == 0)
    #expect(
      output.stderr == "warning: no sample can give 95% confidence that the deviation rate is"
        + " within 5% allowing 4% expected deviations in a population of 5: the whole population"
        + " is drawn, and the assurance is not met\n")
  }
}
