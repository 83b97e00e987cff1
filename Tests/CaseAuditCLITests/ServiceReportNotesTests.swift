import Foundation
import Testing

/// report.json's notes, as far as these tests read them.
private struct ReportNotes: Decodable {
  let notes: [String]
}

/// What the command warns of is said in the report too: an as-at date before the period.
@Suite struct ServiceReportNotesTests {
  private let warning =
    "the as-at date 2021-01-31 is before the period's start 2021-04-01; nothing in the period"
    + " has happened by then"

  @Test func anAsAtDateBeforeThePeriodIsNotedInTheReport() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try ServiceReportExport.write(in: runner)
    let out = runner.folder.appendingPathComponent("report").path
    let output = try runner.run([
      "report", "--rules", "Rules/iro", "--data", export, "--period", "2021-04-01..2022-03-31",
      "--as-at", "2021-01-31", "--out", out, "--format", "json,md,html",
    ])
    #expect(output.status == 0)
    #expect(output.stderr == "warning: \(warning)\n")
    let json = try Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))
    #expect(try JSONDecoder().decode(ReportNotes.self, from: json).notes == [warning])
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("> the as-at") } == ["> \(warning)"])
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    let escaped = warning.replacingOccurrences(of: "'", with: "&#39;")
    #expect(html.contains("<div class=\"notices\" role=\"note\">\n<p>\(escaped)</p>\n"))
  }

  @Test func aReportWithNothingToNoteHasNoNotes() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try ServiceReportExport.write(in: runner)
    let out = runner.folder.appendingPathComponent("report").path
    let output = try runner.run([
      "report", "--rules", "Rules/iro", "--data", export, "--period", "2021-04-01..2022-03-31",
      "--out", out, "--format", "json",
    ])
    #expect(output.status == 0)
    let json = try Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))
    #expect(try JSONDecoder().decode(ReportNotes.self, from: json).notes == [])
  }
}
