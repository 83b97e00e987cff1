import CaseAudit
import Foundation
import Testing

/// Writes a canonical export whose periods begin in 1921 (a mistyped 2021), in 2013 and just
/// before the calendar's first year, with an IRO allocated to each.
private func exportWithOldDates(_ runner: CommandRunner) throws -> String {
  let folder = runner.folder.appendingPathComponent("export").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let files = [
    "children.csv": "child_id,dob\nC1,2012-03-01\nC2,1990-01-01\nC3,1994-01-01\n",
    "periods.csv": "period_id,child_id,start\nP1,C1,1921-04-06\nP2,C2,2013-08-21\n"
      + "P3,C3,1994-12-30\n",
    "professionals.csv": "professional_id,role\nI1,iro\n",
    "allocations.csv": "allocation_id,professional_id,child_id,role,start,end\n"
      + "A1,I1,C1,iro,2021-04-13,\nA2,I1,C2,iro,2013-08-29,\nA3,I1,C3,iro,1995-01-05,\n",
  ]
  for (name, text) in files {
    try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
  }
  return folder
}

/// The calendar's years at the command line: `data check` counts dates outside them, `score`
/// says why a finding resting on them is unknown, `rules check` warns about this year, and
/// huge counts answer at once.
@Suite struct CalendarCommandTests {
  @Test func dataCheckCountsDatesOutsideTheCalendarPerField() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run([
      "data", "check", "--rules", "Rules/iro", "--data", try exportWithOldDates(runner),
    ])
    #expect(output.status == 0)
    let lines = output.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.filter { $0.contains("calendar") } == [
        "warning: child.dob has 2 dates outside the calendar's years (1995–2030): working days"
          + " from them are unknown",
        "warning: period.start has 2 dates outside the calendar's years (1995–2030): working"
          + " days from them are unknown",
      ])
    #expect(output.stdout.contains("\n  date outside the calendar       0         2\n"))
  }

  @Test func scoreSaysWhichYearsTheCalendarCovers() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run([
      "score", "--rules", "Rules/iro", "--data", try exportWithOldDates(runner), "--rule",
      "iro_allocated_promptly", "--format", "csv",
    ])
    let unknown =
      "insufficient evidence: deadline unknown; working days are unknown outside the calendar's"
      + " years (the calendar covers 1995–2030)"
    #expect(output.status == 0)
    #expect(
      output.stdout == """
        case_id,stratum,rule_id,item_id,outcome,message,evidence,auditor,auditor_outcome,\
        auditor_note
        C1,,iro_allocated_promptly,,insufficient_evidence,1 of 1 periods with insufficient \
        evidence,,,,
        C1,,iro_allocated_promptly,P1,insufficient_evidence,\(unknown),period_start 1921-04-06; \
        deadline unknown; first_iro_allocation 2021-04-13,,,
        C2,,iro_allocated_promptly,,met,,,,,
        C2,,iro_allocated_promptly,P2,met,,period_start 2013-08-21; deadline 2013-08-29; \
        first_iro_allocation 2013-08-29,,,
        C3,,iro_allocated_promptly,,insufficient_evidence,1 of 1 periods with insufficient \
        evidence,,,,
        C3,,iro_allocated_promptly,P3,insufficient_evidence,\(unknown),period_start 1994-12-30; \
        deadline unknown; first_iro_allocation 1995-01-05,,,

        """)
  }

  @Test func rulesCheckWarnsWhenTheCalendarDoesNotCoverThisYear() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    let thisYear = try #require(Day(utc: Date())).components.year
    let calendar = pack + "/calendars/england-and-wales.yaml"
    let kept = try String(contentsOfFile: calendar, encoding: .utf8).split(separator: "\n")
      .filter { line in Int(line.prefix(4)).map { $0 < thisYear } ?? true }
    try kept.joined(separator: "\n").write(toFile: calendar, atomically: true, encoding: .utf8)
    let output = try runner.run(["rules", "check", pack])
    // Its first year and line, and its last year, read from the file: a comment or a year
    // added by a policy owner, or a year past the file's last, moves them.
    let years = try PackText.calendarYears(calendar)
    let first = try #require(years.first)
    let last = try #require(years.map(\.year).max())
    #expect(last < thisYear)
    #expect(output.status == 0)
    #expect(
      output.stderr == """
        \(calendar):\(first.line):1: warning: the calendar covers \(first.year)–\(last), not this \
        year (\(thisYear)): working days in \(thisYear) are unknown until its bank holidays are \
        added
        \(kept[first.line - 1])
        ^

        """)
    #expect(output.stdout.hasSuffix("no errors, 1 warning\n"))
  }

  @Test func hugeCountsInAPackAnswerAtOnce() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    try runner.edit(
      pack + "/pack.yaml", replacing: "iro_allocation_working_days: 5 ",
      with: "iro_allocation_working_days: 99999999999999\n  huge: 9223372036854775807 ")
    // Parameters, not constants: a constant count this large is a `rules check` error.
    try runner.edit(
      pack + "/functions.yaml",
      replacing: "\"p.start + (params.first_review_working_days) working_days\"",
      with: "\"p.start + (params.huge) days\"")
    try runner.edit(
      pack + "/functions.yaml",
      replacing: "\"r.held_on + (params.record_circulation_working_days) working_days\"",
      with: "\"r.held_on - (params.huge) months\"")
    let test = try runner.run(["rules", "test", pack, "--rule", "iro_allocated_promptly"])
    // The deadline is unknown, so the examples expecting a verdict on it fail for that reason.
    #expect(test.status == 2)
    let failures = test.stdout.split(separator: "\n").filter { $0.contains(": error: example") }
    #expect(!failures.isEmpty)
    #expect(failures.allSatisfy { $0.contains(", got insufficient_evidence") })
    #expect(failures.allSatisfy { $0.contains("deadline unknown") })
    let score = try runner.run([
      "score", "--rules", pack, "--data", "Samples/demo-la", "--period",
      "2021-04-01..2022-03-31", "--format", "json",
    ])
    #expect(score.status == 0)
    let outcomes = try #require(
      try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
    let rules = (outcomes["summary"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
    let allocation = rules.first { $0["rule_id"] as? String == "iro_allocated_promptly" }
    let cases = allocation?["cases"] as? [String: Int]
    #expect(cases?["met"] ?? 0 == 0)
    #expect(cases?["not_met"] ?? 0 == 0)
    #expect((cases?["insufficient_evidence"] ?? 0) > 100)
  }
}
