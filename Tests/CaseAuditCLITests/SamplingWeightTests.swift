import Foundation
import Testing

/// A plan over five demo children whose weights are 0, below 0, unknown (a division by zero),
/// and 2 for the other two.
private func writePlan(_ runner: CommandRunner, sample extra: String, size: Int = 3) throws
  -> String
{
  let root = CommandRunner.repositoryRoot.path
  let path = runner.folder.appendingPathComponent("plan.yaml").path
  let text = """
    plan: weighted
    title: Weighted sample
    rules: \(root)/Rules/iro
    data: \(root)/Samples/demo-la
    period: 2022-01-01..2022-03-31
    population: "child_id in ['C100000', 'C100001', 'C100002', 'C100003', 'C100004']"
    sample:
      size: \(size)
      seed: 5
    \(extra)

    """
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

private let weights = """
    weight: >-
      child_id == 'C100000' ? 0 : (child_id == 'C100001' ? -2
        : (child_id == 'C100002' ? 1 / 0 : 2))
  """

private let invalidCases =
  "3 cases had a weight that cannot be used (unknown: 1, 0 or below: 2) and were"

private func json(_ text: String) throws -> [String: Any] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// Weights that cannot be used, short samples and empty ones: reported, never silent.
@Suite struct SamplingWeightTests {
  @Test func invalidWeightsAreWeightedOneByDefaultAndNamed() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(runner, sample: weights)
    let output = try runner.run(["sample", plan, "--format", "json"])
    #expect(output.status == 0)
    let warning =
      "\(invalidCases) weighted 1 (invalid_weight: weight_1): C100000, C100001, C100002"
    #expect(output.stderr == "warning: \(warning)\n")
    let document = try json(output.stdout)
    #expect((document["cases"] as? [Any])?.count == 3)
    #expect(document["warnings"] as? [String] == [warning])
    #expect(
      document["invalid_weights"] as? [[String: String]] == [
        ["case_id": "C100000", "reason": "0 or below"],
        ["case_id": "C100001", "reason": "0 or below"],
        ["case_id": "C100002", "reason": "unknown"],
      ])
  }

  @Test func excludedWeightsLeaveASmallerSampleWithAWarning() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(runner, sample: weights + "\n  invalid_weight: exclude")
    let output = try runner.run(["sample", plan])
    #expect(output.status == 0)
    let expected = [
      "\(invalidCases) left out of the population (invalid_weight: exclude): C100000, C100001,"
        + " C100002",
      "the sample has 2 cases, fewer than the 3 the plan asks for: the population has no more"
        + " that can be drawn",
    ]
    #expect(output.stderr == expected.map { "warning: \($0)\n" }.joined())
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      Array(lines.prefix(3)) == ["seed 5; population 2; sample 2"]
        + expected.map {
          "warning: \($0)"
        })
    let drawn = lines.filter { $0.hasPrefix("C1") }.map { String($0.prefix(7)) }
    #expect(drawn.sorted() == ["C100003", "C100004"])
  }

  @Test func aStratumBelowTheMinimumIsAWarning() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(
      runner,
      sample: "  strata: \"child_id in ['C100000', 'C100001'] ? 'pair' : 'rest'\"\n"
        + "  minimum_per_stratum: 3", size: 5)
    let output = try runner.run(["sample", plan, "--format", "csv"])
    #expect(output.status == 0)
    #expect(
      output.stderr == """
        warning: stratum 'pair' has 2 cases in the sample, fewer than the minimum of 3 per \
        stratum: it has no more

        """)
    #expect(output.stdout.split(separator: "\n").count == 6)
  }

  @Test func theAuditReportCarriesTheWarnings() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(runner, sample: weights + "\n  invalid_weight: exclude")
    let out = runner.folder.appendingPathComponent("report").path
    let output = try runner.run([
      "audit", plan, "--no-history", "--out", out, "--format", "md,json,html",
    ])
    #expect(output.status == 0)
    let short =
      "the sample has 2 cases, fewer than the 3 the plan asks for: the population has no more"
      + " that can be drawn"
    let invalid =
      "\(invalidCases) left out of the population (invalid_weight: exclude): C100000, C100001,"
      + " C100002"
    #expect(output.stderr == "warning: \(invalid)\nwarning: \(short)\n")
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(markdown.contains("\n> Warning: \(invalid)\n>\n> Warning: \(short)\n\n## Sample\n"))
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(html.contains("<p>Warning: \(short)</p>"))
    let sample = try #require(
      try json(String(contentsOfFile: out + "/report.json", encoding: .utf8))["sample"]
        as? [String: Any])
    #expect(sample["warnings"] as? [String] == [invalid, short])
    #expect(
      (sample["invalid_weights"] as? [[String: String]])?.map { $0["case_id"] } == [
        "C100000", "C100001", "C100002",
      ])
  }

  @Test func aRedactedReportNamesThemByPseudonym() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(runner, sample: weights)
    let out = runner.folder.appendingPathComponent("report").path
    let key = runner.folder.appendingPathComponent("key").path
    let output = try runner.run([
      "audit", plan, "--no-history", "--out", out, "--format", "md", "--redact",
      "--redact-key", key,
    ])
    #expect(output.status == 0)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    let warning = try #require(
      markdown.split(separator: "\n").first { $0.hasPrefix("> Warning: 3 cases had a weight") })
    let named = warning.split(separator: ": ").last?.split(separator: ", ") ?? []
    #expect(named.count == 3)
    #expect(named.allSatisfy { $0.hasPrefix("child-") && !$0.contains("C1000") })
  }

  @Test func anEmptySampleIsAnErrorAndWritesNothing() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(
      runner, sample: "  weight: \"0\"\n  invalid_weight: exclude\n  minimum_per_stratum: 2",
      size: 40)
    let out = runner.folder.appendingPathComponent("report").path
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let output = try runner.run(["audit", plan, "--history", history, "--out", out])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        warning: 5 cases had a weight that cannot be used (0 or below: 5) and were left out of \
        the population (invalid_weight: exclude): C100000, C100001, C100002, C100003, C100004
        error: the sample is empty: the population is empty

        """)
    #expect(!FileManager.default.fileExists(atPath: out))
    let listed = try runner.run(["sample", plan])
    #expect(listed.status == 1)
    #expect(listed.stdout == "")
  }

  @Test func aMissingCaseFileIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let data = runner.folder.appendingPathComponent("empty").path
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    let plan = try writePlan(runner, sample: "")
    let out = runner.folder.appendingPathComponent("report").path
    let output = try runner.run(["audit", plan, "--no-history", "--data", data, "--out", out])
    #expect(output.status == 1)
    let lines = output.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.first == "error: '\(data)/children.csv' does not exist: there are no cases to load")
    // An export that cannot be read stops the audit before it samples.
    #expect(
      lines.dropFirst().allSatisfy {
        $0.hasPrefix("warning: '\(data)/")
          && $0.hasSuffix(" are not provided, so rules that read them give insufficient evidence")
      })
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func theInvalidWeightKeyIsChecked() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(runner, sample: weights + "\n  invalid_weight: weight1")
    let output = try runner.run(["sample", plan])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(plan):13:19: error: invalid_weight 'weight1' must be weight_1 or exclude; did you mean \
        'weight_1'?
          invalid_weight: weight1
                          ^

        """)
    let unweighted = try writePlan(runner, sample: "  invalid_weight: exclude")
    let warned = try runner.run(["sample", unweighted, "--format", "csv"])
    #expect(warned.status == 0)
    #expect(
      warned.stderr == """
        \(unweighted):10:19: warning: 'invalid_weight' has no effect without a 'weight' \
        expression
          invalid_weight: exclude
                          ^

        """)
  }
}
