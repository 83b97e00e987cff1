import Foundation
import Testing

/// What a pipe gives up to its first newline, or before it closes or `seconds` pass: one read
/// may return part of a line.
private func firstLine(of pipe: FileHandle, within seconds: Double) -> String {
  var bytes: [UInt8] = []
  let deadline = Date().addingTimeInterval(seconds)
  while !bytes.contains(UInt8(ascii: "\n")) && deadline.timeIntervalSinceNow > 0 {
    var ready = pollfd(fd: pipe.fileDescriptor, events: Int16(POLLIN), revents: 0)
    // A short wait at a time, so the deadline holds however the poll returns.
    guard poll(&ready, 1, 100) > 0 else { continue }
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = read(pipe.fileDescriptor, &buffer, buffer.count)
    guard count > 0 else { break }  // closed: the process ended without a newline
    bytes += buffer[..<count]
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// A monthly plan over the demo export, with absolute paths, in the runner's folder.
private func monthlyPlan(
  _ runner: CommandRunner, name: String, period: String, extra: String = ""
) throws -> String {
  let root = CommandRunner.repositoryRoot.path
  let path = runner.folder.appendingPathComponent(name).path
  try """
  plan: monthly
  title: Monthly dip sample
  rules: \(root)/Rules/iro
  data: \(root)/Samples/demo-la
  period: \(period)
  sample:
    size: 20
    seed: 11
  \(extra)
  report: {formats: [csv, md]}

  """.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

/// The case ids of a report's findings.csv.
private func sampledCases(_ folder: String) throws -> Set<String> {
  let csv = try String(contentsOfFile: folder + "/findings.csv", encoding: .utf8)
  return Set(csv.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) })
}

/// Parallel audits on one history, and audits whose run stopped before their report
/// (issue 8, item 12).
@Suite struct HistoryCompletionTests {
  @Test func tenAuditsAtOnceAllRecord() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let history = runner.folder.appendingPathComponent("new/history.sqlite").path
    let plan = try monthlyPlan(runner, name: "p.yaml", period: "2022-03-01..2022-03-31")
    let processes = try (1...10).map { index in
      let process = Process()
      process.executableURL = CommandRunner.executable
      process.arguments = [
        "audit", plan, "--history", history, "--out", runner.folder.path + "/r\(index)",
      ]
      process.standardOutput = FileHandle.nullDevice
      // A file, not a pipe: nothing is read until all ten have ended.
      let errors = runner.folder.appendingPathComponent("errors\(index).txt")
      try Data().write(to: errors)
      process.standardError = try FileHandle(forWritingTo: errors)
      try process.run()
      return (process, errors)
    }
    for (process, _) in processes { process.waitUntilExit() }
    // A failed audit's own words say why, should this ever fail again.
    let failures = try processes.filter { $0.0.terminationStatus != 0 }.map {
      "exit \($0.0.terminationStatus): " + (try String(contentsOf: $0.1, encoding: .utf8))
    }
    #expect(failures == [])
    let list = try runner.run(["history", "list", "--history", history, "--format", "json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: [[String: Any]]])
    #expect(json["audits"]?.compactMap { $0["audit_id"] as? Int } == Array(1...10))
    #expect(json["audits"]?.allSatisfy { $0["complete"] as? Bool == true } == true)
    // It holds real ids even for redacted audits: readable by its owner only.
    let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions]
    #expect(mode as? Int == 0o600)
  }

  @Test func anAuditKilledBeforeItsReportIsIncompleteAndNotCounted() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let fresh = runner.folder.appendingPathComponent("fresh.sqlite").path
    let january = try monthlyPlan(runner, name: "jan.yaml", period: "2022-01-01..2022-01-31")
    for (file, out) in [(history, "jan"), (fresh, "jan-again")] {
      let output = try runner.run([
        "audit", january, "--history", file, "--out", runner.folder.path + "/" + out,
      ])
      #expect(output.status == 0)
    }
    let february = try monthlyPlan(runner, name: "feb.yaml", period: "2022-02-01..2022-02-28")
    let killed = runner.folder.appendingPathComponent("feb").path
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["audit", february, "--history", history, "--out", killed]
    process.environment = ["CASEAUDIT_PAUSE_BEFORE_REPORT": "30"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let line = firstLine(of: errors.fileHandleForReading, within: 20)
    #expect(line == "paused before the report\n")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(!FileManager.default.fileExists(atPath: killed))

    let list = try runner.run(["history", "list", "--history", history])
    #expect(list.stdout.split(separator: "\n").last?.hasSuffix("  incomplete") == true)
    let show = try runner.run(["history", "show", "2", "--history", history])
    #expect(
      show.stdout.hasPrefix(
        "audit 2: plan monthly, as at 2022-02-28, seed 11, 20 cases; incomplete: its run stopped"
          + " before its report was written, so exclusion windows and trends leave it out\n"))
    let incomplete =
      "error: audit 2 is incomplete: its run stopped before its report was written; run the"
      + " audit again\n"
    let again = try runner.run([
      "history", "report", "2", "--history", history, "--out", runner.folder.path + "/again",
    ])
    #expect(again.status == 1 && again.stderr == incomplete)
    let csv = runner.folder.appendingPathComponent("moderated.csv").path
    try "case_id\n".write(toFile: csv, atomically: true, encoding: .utf8)
    let moderate = try runner.run(["history", "moderate", "2", csv, "--history", history])
    #expect(moderate.status == 1 && moderate.stderr == incomplete)

    // March, excluding cases audited within 12 months: February's killed audit excludes
    // nothing and is no point of the trend, as if it had never run (checked against a history
    // holding January's audit alone).
    let march = try monthlyPlan(
      runner, name: "mar.yaml", period: "2022-03-01..2022-03-31",
      extra: "  exclude_audited_within: 12 months")
    let out = runner.folder.appendingPathComponent("mar").path
    #expect(try runner.run(["audit", march, "--history", history, "--out", out]).status == 0)
    let unkilled = runner.folder.appendingPathComponent("mar-again").path
    let alone = try runner.run(["audit", march, "--history", fresh, "--out", unkilled])
    #expect(alone.status == 0)
    #expect(try sampledCases(out) == (try sampledCases(unkilled)))
    let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    let trend = try #require(
      report.split(separator: "\n").first {
        $0.hasPrefix("| reviews_within_timescale | 2022-01-31: ")
      })
    #expect(trend.contains("%; 2022-03-31: "))
    #expect(!report.contains("2022-02-28"))
  }
}
