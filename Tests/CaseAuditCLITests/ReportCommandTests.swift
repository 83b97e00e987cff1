import Foundation
import Testing

private let year = "2021-04-01..2022-03-31"

/// The usage lines ArgumentParser prints under a usage error of `report`.
private let usage = """
  Usage: caseaudit report [<options>] [<plan>]
    See 'caseaudit report --help' for more information.

  """


/// A copy of the IRO pack whose only report is a small one of the given ids.
private func pack(_ runner: CommandRunner, reports ids: [String]) throws -> String {
  let path = try runner.copyOfIROPack()
  let manifest = try String(contentsOfFile: path + "/pack.yaml", encoding: .utf8)
  // Any report the shipped pack lists is dropped, so the test decides what there is.
  var lines: [Substring] = []
  var inReports = false
  for line in manifest.split(separator: "\n", omittingEmptySubsequences: false) {
    if line.hasPrefix("reports:") {
      inReports = true
      continue
    }
    if inReports && line.hasPrefix("  - ") { continue }
    inReports = false
    lines.append(line)
  }
  let files = ids.map { "reports/\($0).yaml" }
  if !ids.isEmpty { lines.append("reports: [\(files.joined(separator: ", "))]") }
  // The shipped report files go too: one left in reports/ but not listed is warned of.
  try FileManager.default.removeItem(atPath: path + "/reports")
  try FileManager.default.createDirectory(
    atPath: path + "/reports", withIntermediateDirectories: true)
  try (lines.joined(separator: "\n") + "\n").write(
    toFile: path + "/pack.yaml", atomically: true, encoding: .utf8)
  for id in ids {
    try """
    report: \(id)
    title: Reviews report
    tables:
      - id: reviews_held
        title: Reviews held
        note: Held, not cancelled reviews with held_on in the period.
        for_each: reviews.filter(r, held(r) and r.held_on in audit.period) as r
        row: "['held', rule_outcome('reviews_within_timescale', r)]"
        rows: [held, met: Within timescale, not_met: Late, insufficient_evidence]

    """.write(toFile: path + "/reports/\(id).yaml", atomically: true, encoding: .utf8)
  }
  return path
}

/// Careless arguments and the whole message each gets.
private let careless: [([String], String)] = {
  let example: String = " e.g. 2021-04-01..2022-03-31"
  let both: String = " must be START..END with both ISO dates, START first,"
  let formats: String = "; expected a comma-separated list of html, md, json and xlsx"
  var cases: [([String], String)] = []
  cases.append(([], "--period is required: the reporting period, START..END," + example))
  cases.append(
    (["--period", "2022-03-31..2021-04-01"], "--period '2022-03-31..2021-04-01'" + both + example))
  cases.append((["--period", "2021-04-01.."], "--period '2021-04-01..'" + both + example))
  cases.append(
    (
      ["--period", year, "--as-at", "31/03/2022"], "--as-at '31/03/2022' is not a date (YYYY-MM-DD)"
    ))
  cases.append(
    (["--period", year, "--format", "md,pdf"], "--format 'md,pdf': unknown format 'pdf'" + formats))
  cases.append(
    (["--period", year, "--format", "md,"], "--format 'md,': an empty format" + formats))
  return cases
}()

/// `caseaudit report` (issue 10, items 1, 4 and 5): the folder written and careless input.
@Suite struct ReportCommandTests {
  @Test func writesTheFolderWhole() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let rules = try pack(runner, reports: ["reviews"])
    let out = runner.folder.appendingPathComponent("annual").path
    let arguments = [
      "report", "--rules", rules, "--data", "Samples/demo-la", "--period", year, "--out", out,
    ]
    let output = try runner.run(arguments)
    #expect(output.status == 0)
    #expect(output.stdout == out + "\n")
    #expect(output.stderr == "")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
        ".caseaudit-report", "report.html", "report.json", "report.md", "tables.xlsx",
      ])
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))) as? [String: Any])
    let tables = try #require(json["tables"] as? [[String: Any]])
    #expect(
      tables.compactMap { $0["id"] as? String } == ["reviews_held", "compliance_by_standard"])
    let rows = (tables[1]["rows"] as? [[String: Any]])?.compactMap { $0["key"] as? String }
    let score = try runner.run([
      "score", "--rules", rules, "--data", "Samples/demo-la", "--period", year, "--format", "json",
    ])
    let summary =
      (try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])?[
        "summary"] as? [String: Any]
    let scored = (summary?["rules"] as? [[String: Any]])?.compactMap { $0["rule_id"] as? String }
    #expect(rows == scored)
    // Written again into the folder it wrote: replaced whole, with only the format asked.
    #expect(try runner.run(arguments + ["--format", "json"]).status == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
        ".caseaudit-report", "report.json",
      ])
  }

  @Test func aFolderOfTheUsersIsRefusedAndLeftAsItWas() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let rules = try pack(runner, reports: ["reviews"])
    let folder = runner.folder.appendingPathComponent("mine").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "keep me\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
    for out in [folder, "."] {
      let output = try runner.run([
        "report", "--rules", rules, "--data", "Samples/demo-la", "--period", year, "--out", out,
      ])
      #expect(output.status == 1)
      let reason =
        out == "."
        ? "it is the working folder or holds it; give a folder inside it"
        : "it is a folder CaseAudit did not write (it has no '.caseaudit-report' file; a report"
          + " of an earlier version has none either: remove one yourself); give a new or empty"
          + " folder"
      #expect(output.stderr == "error: refusing to replace '\(out)': \(reason)\n")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
  }

  @Test(arguments: careless)
  func carelessArgumentsAreUsageErrors(arguments: [String], message: String) throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(
      ["report", "--rules", "Rules/iro", "--data", "Samples/demo-la"] + arguments)
    #expect(output.status == 64)
    #expect(output.stderr == "Error: \(message)\n" + usage)
  }

  @Test func theReportIsChosenByIdOrIsThePacksOnlyOne() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let none = try pack(runner, reports: [])
    let run = { (rules: String, extra: [String]) in
      try runner.run(
        ["report", "--rules", rules, "--data", "Samples/demo-la", "--period", year] + extra)
    }
    let without = try run(none, [])
    #expect(without.status == 1)
    #expect(
      without.stderr
        == "error: the rule pack '\(none)' defines no reports, so there is nothing to write;"
        + " list report files under 'reports:' in its pack.yaml\n")
    try FileManager.default.removeItem(atPath: none)
    let two = try pack(runner, reports: ["annual", "quarterly"])
    let several = try run(two, [])
    #expect(several.status == 64)
    #expect(
      several.stderr
        == "Error: the pack '\(two)' defines 2 reports; choose one with --report: annual,"
        + " quarterly\n" + usage)
    let misspelt = try run(two, ["--report", "anual"])
    #expect(misspelt.status == 64)
    #expect(
      misspelt.stderr
        == "Error: --report 'anual': the pack '\(two)' has no such report; did you mean"
        + " 'annual'?\n" + usage)
    let unknown = try run(two, ["--report", "monthly"])
    #expect(
      unknown.stderr
        == "Error: --report 'monthly': the pack '\(two)' has no such report; expected one of"
        + " annual, quarterly\n" + usage)
  }

  @Test func aMissingDataFolderIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let rules = try pack(runner, reports: ["reviews"])
    let missing = runner.folder.appendingPathComponent("no-such-export").path
    let out = runner.folder.appendingPathComponent("out").path
    let output = try runner.run([
      "report", "--rules", rules, "--data", missing, "--period", year, "--out", out,
    ])
    #expect(output.status == 1)
    #expect(output.stderr == "error: the export folder '\(missing)' does not exist\n")
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
