import Foundation
import Testing

/// A plan over the demo export, written into the runner's folder with absolute paths.
private func writePlan(
  _ runner: CommandRunner, name: String, period: String, extra: String = ""
) throws -> String {
  let root = CommandRunner.repositoryRoot.path
  let path = runner.folder.appendingPathComponent(name).path
  let text = """
    plan: monthly
    title: Monthly dip sample
    rules: \(root)/Rules/iro
    data: \(root)/Samples/demo-la
    period: \(period)
    population: >-
      periods.exists(p, p.start <= audit.as_at
        and (p.end ?? audit.as_at) >= audit.period.start)
    sample:
      size: 30
      seed: 11
    \(extra)
    """
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

private func sampled(_ folder: String) throws -> Set<String> {
  let csv = try String(contentsOfFile: folder + "/findings.csv", encoding: .utf8)
  return Set(csv.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) })
}

/// The audit history: recording, listing, exclusion windows and surviving a killed writer.
@Suite struct HistoryCommandTests {
  @Test func aSecondAuditExcludesTheFirstsCases() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let history = runner.folder.appendingPathComponent("h/history.sqlite").path
    let february = try writePlan(runner, name: "feb.yaml", period: "2022-02-01..2022-02-28")
    let march = try writePlan(
      runner, name: "mar.yaml", period: "2022-03-01..2022-03-31",
      extra: "  exclude_audited_within: 12 months")
    let first = runner.folder.appendingPathComponent("feb").path
    let second = runner.folder.appendingPathComponent("mar").path
    let one = try runner.run([
      "audit", february, "--history", history, "--out", first, "--format", "csv",
    ])
    #expect(one.stderr == "recorded as audit 1 in \(history)\n")
    let two = try runner.run([
      "audit", march, "--history", history, "--out", second, "--format", "csv,md",
    ])
    #expect(two.status == 0)
    let (a, b) = (try sampled(first), try sampled(second))
    #expect(a.count == 30 && b.count == 30)
    #expect(a.isDisjoint(with: b))
    let report = try String(contentsOfFile: second + "/report.md", encoding: .utf8)
    #expect(
      report.contains("; 30 cases left out as audited within 12 months before the as-at date\n"))
    let list = try runner.run(["history", "list", "--history", history, "--format", "json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: [[String: Any]]])
    #expect(json["audits"]?.map { $0["audit_id"] as? Int } == [1, 2])
    #expect(json["audits"]?.map { $0["as_at"] as? String } == ["2022-02-28", "2022-03-31"])
  }

  @Test func exclusionNeedsTheHistory() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(
      runner, name: "p.yaml", period: "2022-03-01..2022-03-31",
      extra: "  exclude_audited_within: 3 months")
    let output = try runner.run(["audit", plan, "--no-history", "--out", runner.folder.path + "/r"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("needs the history; drop --no-history"))
  }

  @Test func aKilledWriterLeavesTheHistoryAsItWas() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let plan = try writePlan(runner, name: "p.yaml", period: "2022-03-01..2022-03-31")
    #expect(
      try runner.run(["audit", plan, "--history", history, "--out", runner.folder.path + "/a"])
        .status == 0)
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["audit", plan, "--history", history, "--out", runner.folder.path + "/b"]
    process.environment = ["CASEAUDIT_PAUSE_IN_TRANSACTION": "30"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Wait until the writer is inside its transaction, then kill it there.
    let line = String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
    #expect(line == "paused in transaction\n")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let list = try runner.run(["history", "list", "--history", history, "--format", "json"])
    #expect(list.status == 0)
    #expect(list.stdout.hasPrefix(#"{"audits":[{"as_at":"2022-03-31","audit_id":1,"cases":30,"#))
    #expect(list.stdout.components(separatedBy: "audit_id").count == 2)
    #expect(!FileManager.default.fileExists(atPath: runner.folder.path + "/b"))
  }
}
