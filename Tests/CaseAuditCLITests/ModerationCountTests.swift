import Foundation
import Testing

/// Fills a row's auditor columns (the engine's cells hold no comma in the rows used here).
private func filled(_ line: String, auditor: String, outcome: String, note: String = "") -> String
{
  var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
  cells[7] = auditor
  cells[8] = outcome
  cells[9] = note
  return cells.joined(separator: ",")
}

/// `history moderate` prints what it stored and what happened to the rest (issue 8, item 13).
@Suite struct ModerationCountTests {
  @Test func repeatedAndUnchangedRowsAreNotCountedAsStored() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, lines) = try runner.auditedQuarterly()
    let plain = lines.indices.dropFirst().filter {
      lines[$0].split(separator: ",", omittingEmptySubsequences: false).count == 10
    }
    let rated = Array(plain.prefix(5))
    var moderated = lines
    for index in rated { moderated[index] = filled(lines[index], auditor: "Ann", outcome: "met") }
    // The first rated row twice more, as a spreadsheet's copy and paste leaves it.
    moderated += [moderated[rated[0]], moderated[rated[0]]]
    let path = runner.folder.appendingPathComponent("moderated.csv").path
    try (moderated.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let rows = moderated.count - 1
    let first = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(first.status == 0)
    #expect(
      first.stdout
        == "5 moderated findings stored for audit 1 (5 new); of the file's \(rows) rows,"
        + " \(rows - 7) have no auditor_outcome, 2 repeat an earlier row of the file\n")
    // The same file again stores nothing; one outcome changed replaces that one only.
    let second = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(
      second.stdout
        == "0 moderated findings stored for audit 1; of the file's \(rows) rows,"
        + " \(rows - 7) have no auditor_outcome, 5 were stored before as they are and left"
        + " unchanged, 2 repeat an earlier row of the file\n")
    moderated[rated[1]] = filled(lines[rated[1]], auditor: "Ann", outcome: "not_met")
    try (moderated.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let third = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(
      third.stdout
        == "1 moderated finding stored for audit 1 (1 replacing the same auditor's earlier"
        + " outcome); of the file's \(rows) rows, \(rows - 7) have no auditor_outcome, 4 were"
        + " stored before as they are and left unchanged, 2 repeat an earlier row of the file\n")
  }

  @Test func theSameFindingAndAuditorTwiceDifferentlyIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, lines) = try runner.auditedQuarterly()
    var moderated = lines
    moderated[1] = filled(lines[1], auditor: "Ann", outcome: "met")
    moderated.append(filled(lines[1], auditor: "Ann", outcome: "not_met"))
    let path = runner.folder.appendingPathComponent("moderated.csv").path
    try (moderated.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let output = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(output.status == 1)
    #expect(output.stdout == "")
    #expect(
      output.stderr
        == "\(path):\(moderated.count):9: error: row 2 already gives auditor 'Ann''s outcome for"
        + " this finding, differently; keep one row per finding and auditor\n")
  }
}
