import Foundation
import Testing

/// `history moderate` restores only the cells CaseAudit neutralised: an auditor's own leading
/// `'` is kept.
@Suite struct ModerationQuoteTests {
  @Test func anAuditorsLeadingQuoteSurvivesModeration() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let out = runner.folder.appendingPathComponent("report").path
    let audit = try runner.run([
      "audit", "Samples/iro-quarterly-dip-sample.yaml", "--history", history, "--out", out,
      "--format", "csv",
    ])
    #expect(audit.status == 0)
    var lines = try String(contentsOfFile: out + "/findings.csv", encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let index = try #require(
      lines.indices.dropFirst().first {
        let cells = lines[$0].split(separator: ",", omittingEmptySubsequences: false)
        return cells.count == 10 && cells[3].isEmpty && cells[4] == "met"
      })
    let cells = lines[index].split(separator: ",", omittingEmptySubsequences: false)
    lines[index] = String(lines[index].dropLast(3)) + ",'Ann,not_met,'quoted"
    let moderated = runner.folder.appendingPathComponent("moderated.csv").path
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: moderated, atomically: true, encoding: .utf8)
    let moderate = try runner.run(["history", "moderate", "1", moderated, "--history", history])
    #expect(moderate.status == 0)
    #expect(moderate.stderr == "")
    let again = runner.folder.appendingPathComponent("again").path
    let report = try runner.run([
      "history", "report", "1", "--history", history, "--out", again,
    ])
    #expect(report.status == 0)
    let markdown = try String(contentsOfFile: again + "/report.md", encoding: .utf8)
    #expect(
      markdown.contains("\n| \(cells[0]) | \(cells[2]) |  | met | 'Ann | not_met | 'quoted |\n"))
  }
}
