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
    // One of February's 30 (C101505) left care on 13 February, so is not in March's population.
    #expect(
      report.contains("; 29 cases left out as audited within 12 months before the as-at date\n"))
    // The second audit's report shows each rule against the first.
    let trend = try #require(
      report.split(separator: "\n").first {
        $0.hasPrefix("| reviews_within_timescale | 2022-02-28: ")
      })
    #expect(trend.contains("; 2022-03-31: "))
    #expect(trend.hasSuffix(" | no |") || trend.hasSuffix(" | yes |"))
    let list = try runner.run(["history", "list", "--history", history, "--format", "json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: [[String: Any]]])
    #expect(json["audits"]?.map { $0["audit_id"] as? Int } == [1, 2])
    #expect(json["audits"]?.map { $0["as_at"] as? String } == ["2022-02-28", "2022-03-31"])
  }

  @Test func anAuditWithTheSameAsAtDateIsExcludedToo() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let history = runner.folder.appendingPathComponent("h/history.sqlite").path
    let quarter = "2022-01-01..2022-03-31"
    let monthly = try writePlan(runner, name: "monthly.yaml", period: quarter)
    let thematic = try writePlan(
      runner, name: "thematic.yaml", period: quarter, extra: "  exclude_audited_within: 3 months")
    try runner.edit(thematic, replacing: "plan: monthly", with: "plan: thematic")
    let first = runner.folder.appendingPathComponent("monthly").path
    let second = runner.folder.appendingPathComponent("thematic").path
    for (plan, out) in [(monthly, first), (thematic, second)] {
      let output = try runner.run([
        "audit", plan, "--history", history, "--out", out, "--format", "csv,md",
      ])
      #expect(output.status == 0)
    }
    let (a, b) = (try sampled(first), try sampled(second))
    #expect(a.count == 30 && b.count == 30)
    #expect(a.isDisjoint(with: b))
    let report = try String(contentsOfFile: second + "/report.md", encoding: .utf8)
    #expect(
      report.contains("; 30 cases left out as audited within 3 months before the as-at date\n"))
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

  /// An unknown format, and an audit the history does not hold, are usage errors shown with
  /// `history show`'s usage (the second was shown with the root's).
  @Test func anUnknownFormatOrAuditIsAUsageError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try writePlan(runner, name: "p.yaml", period: "2022-03-01..2022-03-31")
    let history = runner.folder.path + "/h.sqlite"
    let audit = try runner.run([
      "audit", plan, "--history", history, "--out", runner.folder.path + "/r",
    ])
    #expect(audit.status == 0)
    let usage = """
      Usage: caseaudit history show <audit> [--history <history>] [--plan <plan>] \
      [--format <format>]
        See 'caseaudit history show --help' for more information.

      """
    let xml = try runner.run(["history", "show", "1", "--history", history, "--format", "xml"])
    #expect(xml.status == 64)
    #expect(
      xml.stderr == """
        Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'table' \
        and 'json'.
        Help:  --format <format>  Output format: table or json.

        """ + usage)
    let absent = try runner.run(["history", "show", "2", "--history", history])
    #expect(absent.status == 64)
    #expect(absent.stderr == "Error: no audit 2 in \(history)\n" + usage)
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

/// The quarterly audit recorded in a fresh history: the history, the path for a moderated
/// copy, and the lines of its findings.csv.
private func auditedFindings(_ runner: CommandRunner) throws -> (String, String, [String]) {
  let (history, lines) = try runner.auditedQuarterly()
  return (history, runner.folder.appendingPathComponent("moderated.csv").path, lines)
}

/// Moderation: a filled-in findings.csv checked against the audit and its agreement reported.
@Suite struct ModerationCommandTests {
  @Test func mistakesAreReportedAndNothingIsStored() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, path, original) = try auditedFindings(runner)
    var lines = original
    // Row 2: a bad outcome word; row 3: the engine's outcome edited; row 4: no auditor name;
    // and a row for a case the audit did not sample.
    lines[1] = String(lines[1].dropLast(3)) + ",Ann,mett,"
    var cells = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let engine = cells[4]
    cells[4] = engine == "met" ? "not_met" : "met"
    cells[7] = "Ann"
    cells[8] = "met"
    lines[2] = cells.joined(separator: ",")
    lines[3] = String(lines[3].dropLast(3)) + ",,met,"
    lines.append("C999999,x,reviews_within_timescale,,met,,,Ann,met,")
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let output = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(path):2:9: error: unknown outcome 'mett'; did you mean 'met'?
        \(path):3:5: error: the engine's 'outcome' was changed (the audit recorded '\(engine)'); \
        write yours in auditor_outcome and auditor_note
        \(path):4:8: error: an auditor_outcome needs the auditor's name
        \(path):\(lines.count):1: error: no finding of case 'C999999', rule \
        'reviews_within_timescale' in this audit

        """)
    let report = try runner.run([
      "history", "report", "1", "--history", history, "--out", runner.folder.path + "/again",
    ])
    #expect(report.status == 0)
    let markdown = try String(
      contentsOfFile: runner.folder.path + "/again/report.md", encoding: .utf8)
    #expect(!markdown.contains("## Moderation"))
  }

  @Test func agreementIsReportedWithKappa() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, path, original) = try auditedFindings(runner)
    var lines = original
    // Ann rates the first 10 case-level findings of child_views_conveyed: she agrees with the
    // engine on all but the first, where she records the opposite.
    var rated = 0
    var engine: [String] = []
    for index in lines.indices.dropFirst() {
      var cells = lines[index].split(separator: ",", omittingEmptySubsequences: false).map(
        String.init)
      guard cells.count == 10, cells[2] == "child_views_conveyed", cells[3].isEmpty, rated < 10
      else { continue }
      engine.append(cells[4])
      cells[7] = "Ann"
      cells[8] = rated == 0 ? (cells[4] == "met" ? "not_met" : "met") : cells[4]
      lines[index] = cells.joined(separator: ",")
      rated += 1
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let moderate = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(
      moderate.stdout
        == "10 moderated findings stored for audit 1 (10 new); of the file's"
        + " \(lines.count - 1) rows, \(lines.count - 11) have no auditor_outcome\n")
    let again = runner.folder.path + "/again"
    #expect(
      try runner.run(["history", "report", "1", "--history", history, "--out", again]).status == 0)
    let markdown = try String(contentsOfFile: again + "/report.md", encoding: .utf8)
    // The kappa of the same ratings, computed here by the definition.
    var pairs = zip(engine, engine).map { ($0, $1) }
    pairs[0].1 = engine[0] == "met" ? "not_met" : "met"
    let categories = Set(pairs.flatMap { [$0.0, $0.1] })
    let chance = categories.reduce(0.0) { total, c in
      total + Double(pairs.filter { $0.0 == c }.count) / 10
        * Double(pairs.filter { $0.1 == c }.count) / 10
    }
    let kappa = (0.9 - chance) / (1 - chance)
    let pooled = "| all auditors, all rules | 10 | 90.0% | \(String(format: "%.2f", kappa)) |"
    #expect(markdown.contains(pooled))
    // One auditor: her own row has the same figures.
    #expect(markdown.contains("| Ann | 10 | 90.0% | \(String(format: "%.2f", kappa)) |"))
    #expect(markdown.contains("| C"))

    // Redacted, the same agreement; the disagreement's case and auditor are pseudonyms.
    let redacted = runner.folder.path + "/redacted"
    let key = runner.folder.path + "/redaction.key"
    let shown = try runner.run([
      "history", "report", "1", "--history", history, "--out", redacted, "--redact",
      "--redact-key", key,
    ])
    #expect(shown.status == 0)
    let hidden = try String(contentsOfFile: redacted + "/report.md", encoding: .utf8)
    #expect(hidden.contains(pooled))
    let row = try #require(
      hidden.split(separator: "\n").first { $0.hasPrefix("| child-") && $0.contains("auditor-") })
    #expect(row.contains(" | child_views_conveyed |  | "))
    #expect(!hidden.contains("Ann") && !hidden.contains("| C1"))
  }
}
