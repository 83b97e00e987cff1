import Foundation
import Testing

/// The audit report says how its sample was drawn and which method each figure uses.
@Suite struct ReportMethodTests {
  /// Writes a plan over the demo export with the given sample section and audits it.
  private func audit(_ runner: CommandRunner, sample: String) throws -> (String, [String: Any]) {
    let root = CommandRunner.repositoryRoot.path
    let path = runner.folder.appendingPathComponent("plan.yaml").path
    try """
      plan: methods
      title: Methods
      rules: \(root)/Rules/iro
      data: \(root)/Samples/demo-la
      period: 2022-01-01..2022-03-31
      sample:
      \(sample)
      rules_filter: {ids: [no_overdue_review]}

      """.write(toFile: path, atomically: true, encoding: .utf8)
    let out = runner.folder.path + "/out"
    let output = try runner.run([
      "audit", path, "--out", out, "--history", runner.folder.path + "/history.sqlite",
    ])
    #expect(output.status == 0)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: out + "/report.json")))
    let rules = ((json as? [String: Any])?["statistics"] as? [String: Any])?["rules"]
    return (markdown, (rules as? [[String: Any]])?.first ?? [:])
  }

  /// The weight expression is shown as written, escaped for Markdown (its `<` as `&lt;`).
  @Test func aWeightedSampleSaysItIsWeightedAndByWhat() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (markdown, rule) = try audit(
      runner, sample: "  size: 20\n  seed: 3\n  weight: \"child_id < 'C100100' ? 3 : 1\"")
    #expect(
      markdown.contains(
        "The sample is weighted by 'child_id &lt; 'C100100' ? 3 : 1' (Efraimidis–Spirakis keys),"
          + " so its cases are not equally likely: the sample's compliance is not the"
          + " population's, and the population estimate weights each case by its inverse"
          + " inclusion probability.\n"))
    let estimate = try #require(rule["population_estimate"] as? [String: Any])
    #expect((estimate["method"] as? String)?.hasPrefix("weighted sample") == true)
    #expect(
      rule["non_compliance_upper_method"] as? String
        == "Clopper–Pearson one-sided 95% bound on the sampled cases only: the sample is"
        + " weighted, so this is no bound for the population (see the estimate's interval)")
  }

  @Test func aSimpleRandomSampleOfAKnownPopulationHasTheHypergeometricBound() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (markdown, rule) = try audit(runner, sample: "  size: 25\n  seed: 3")
    #expect(markdown.contains("The sample is a simple random sample of the population.\n"))
    let method = try #require(rule["non_compliance_upper_method"] as? String)
    #expect(method.hasPrefix("exact hypergeometric one-sided 95% bound (finite population"))
    let estimate = try #require(rule["population_estimate"] as? [String: Any])
    #expect(Set(estimate.keys).isSuperset(of: ["value", "lower", "upper", "method"]))
  }
}
