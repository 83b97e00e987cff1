import Foundation
import Testing

/// Writes a plan over five demo children (of `data`) whose weights are 0, below 0 and unknown
/// for C100000, C100001 and C100002.
private func writePlan(
  _ runner: CommandRunner, name: String, data: String, population: String, extra: String = ""
) throws -> String {
  let path = runner.folder.appendingPathComponent("\(name).yaml").path
  try """
    plan: \(name)
    title: Weighted sample
    rules: \(CommandRunner.repositoryRoot.path)/Rules/iro
    data: \(data)
    period: 2022-01-01..2022-03-31
    as_at: 2022-03-31
    population: "child_id in [\(population)]"
    sample:
      size: 3
      seed: 5
      weight: >-
        child_id == 'C100000' ? 0 : (child_id == 'C100001' ? -2
          : (child_id == 'C100002' ? 1 / 0 : 2))
    \(extra)

    """.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

private let five = "'C100000', 'C100001', 'C100002', 'C100003', 'C100004'"

/// The invalid-weight warning is the same in any row order, and names only cases of the
/// population.
@Suite struct SamplingWarningOrderTests {
  @Test func reversedRowsGiveTheSameWarning() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let source = CommandRunner.repositoryRoot.appendingPathComponent("Samples/demo-la")
    let reversed = runner.folder.appendingPathComponent("reversed").path
    try FileManager.default.createDirectory(atPath: reversed, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
    where name.hasSuffix(".csv") {
      let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
      let lines = text.split(separator: "\n")
      try ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n")
        .appending("\n").write(toFile: reversed + "/" + name, atomically: true, encoding: .utf8)
    }
    let expected =
      "warning: 3 cases had a weight that cannot be used (unknown: 1, 0 or below: 2) and were"
      + " weighted 1 (invalid_weight: weight_1): C100000, C100001, C100002\n"
    for data in [source.path, reversed] {
      let plan = try writePlan(runner, name: "weighted", data: data, population: five)
      let output = try runner.run(["sample", plan, "--format", "json"])
      #expect(output.status == 0)
      #expect(output.stderr == expected)
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
      #expect(
        (document["invalid_weights"] as? [[String: String]])?.map { $0["case_id"] } == [
          "C100000", "C100001", "C100002",
        ])
    }
  }

  @Test func aCaseLeftOutAsRecentlyAuditedIsNotNamed() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let data = CommandRunner.repositoryRoot.appendingPathComponent("Samples/demo-la").path
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    // An earlier audit sampled C100000 (its only case).
    let first = try writePlan(runner, name: "first", data: data, population: "'C100000'")
    let earlier = try runner.run([
      "audit", first, "--history", history, "--format", "md",
      "--out", runner.folder.appendingPathComponent("first").path,
    ])
    #expect(earlier.status == 0)
    let plan = try writePlan(
      runner, name: "weighted", data: data, population: five,
      extra: "  exclude_audited_within: 12 months")
    let out = runner.folder.appendingPathComponent("report").path
    let output = try runner.run([
      "audit", plan, "--history", history, "--format", "md", "--out", out,
    ])
    #expect(output.status == 0)
    let warning =
      "2 cases had a weight that cannot be used (unknown: 1, 0 or below: 1) and were weighted 1"
      + " (invalid_weight: weight_1): C100001, C100002"
    #expect(output.stderr == "warning: \(warning)\nrecorded as audit 2 in \(history)\n")
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(markdown.contains("\n> Warning: \(warning)\n"))
  }
}
