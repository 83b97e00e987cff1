import Foundation
import Testing

private let payload = "=cmd|' /C calc'!A0"

/// Cells a spreadsheet could run as formulas are neutralised, and read back (issue 8, item 14).
@Suite struct SpreadsheetInjectionTests {
  @Test func aFormulaInANameIsNeutralisedAndModerationReadsItBack() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let data = try runner.demoCopy { _, text in
      text.replacingOccurrences(of: "Farid Baker", with: payload)
    }
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let out = runner.folder.appendingPathComponent("report").path
    let audit = try runner.run([
      "audit", "Samples/iro-quarterly-dip-sample.yaml", "--data", data, "--history", history,
      "--out", out, "--format", "csv",
    ])
    #expect(audit.status == 0)
    let lines = try String(contentsOfFile: out + "/findings.csv", encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let rows = lines.indices.filter { lines[$0].contains(payload) }
    #expect(!rows.isEmpty)
    for index in rows {
      let cells = lines[index].split(separator: ",", omittingEmptySubsequences: false)
      #expect(cells[1] == "'" + payload)
    }
    #expect(!lines.contains { $0.hasPrefix("=") || $0.contains(",=") })
    var moderated = lines
    let row = rows[0]
    moderated[row] = String(lines[row].dropLast(3)) + ",Ann,met,"
    let path = runner.folder.appendingPathComponent("moderated.csv").path
    try (moderated.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let moderate = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(moderate.stderr == "")
    #expect(moderate.stdout.hasPrefix("1 moderated finding stored for audit 1 (1 new); "))
  }

  @Test func aFormulaAsACaseIdIsNeutralisedInScoreCSV() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let data = try runner.demoCopy { _, text in
      text.replacingOccurrences(of: "C100054", with: payload)
    }
    let output = try runner.run([
      "score", "--rules", "Rules/iro", "--data", data, "--as-at", "2022-03-31", "--case",
      payload, "--format", "csv",
    ])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n").dropFirst()
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(line.hasPrefix("'\(payload),,"))
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      #expect(cells[3].isEmpty || cells[3].hasPrefix("'\(payload)-"))
    }
  }
}
