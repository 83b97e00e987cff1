import Foundation
import Testing

/// The practice questions through the command line: findings.csv's question rows filled in,
/// stored by `history moderate`, and counted with kappa in `history report`.
@Suite struct PracticeQuestionCommandTests {
  static let question = "wishes_and_feelings_in_care_plan"

  /// The question rows of `question` in a findings.csv, by line index.
  static func questionRows(_ lines: [String]) -> [Int] {
    lines.indices.filter { lines[$0].split(separator: ",").dropFirst(2).first == "\(question)" }
  }

  /// A row with its auditor columns set (the question rows end with three empty cells).
  static func answered(_ line: String, _ auditor: String, _ answer: String) -> String {
    String(line.dropLast(2)) + "\(auditor),\(answer),"
  }

  @Test func answersInFindingsCSVAreStoredAndReported() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, lines) = try runner.auditedQuarterly()
    let rows = Self.questionRows(lines)
    // The question applies to every case: one row per sampled case.
    #expect(rows.count == 40)
    #expect(lines[rows[0]].hasSuffix(",\"answer: yes, partly, no or not_applicable\",,,"))
    // Ann and Ben answer six cases; they differ on the last two.
    let ann = ["yes", "yes", "partly", "no", "no", "yes"]
    let ben = ["yes", "yes", "partly", "no", "partly", "no"]
    var moderated = lines
    for (index, row) in rows.prefix(6).enumerated() {
      moderated[row] = Self.answered(lines[row], "Ann", ann[index])
      moderated.append(Self.answered(lines[row], "Ben", ben[index]))
    }
    let path = runner.folder.appendingPathComponent("moderated.csv").path
    try (moderated.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let stored = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(stored.status == 0)
    #expect(
      stored.stdout.hasPrefix(
        "0 moderated findings stored for audit 1, and 12 answers to practice questions (12 new);"))
    let out = runner.folder.appendingPathComponent("moderated").path
    let report = try runner.run(["history", "report", "1", "--history", history, "--out", out])
    #expect(report.status == 0)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    // By hand: 4 of 6 agree (p_o = 4/6); Ann yes 3, partly 1, no 2; Ben yes 2, partly 2, no 2;
    // p_e = (3*2 + 1*2 + 2*2) / 36 = 1/3; kappa = (2/3 - 1/3) / (2/3) = 0.50.
    #expect(
      markdown.contains(
        """
        **Are the child's wishes and feelings evident in the care plan? \
        (wishes_and_feelings_in_care_plan)**

        | Answer | Answers | Share |
        |---|---:|---:|
        | Yes | 5 | 41.7% |
        | Partly | 3 | 25.0% |
        | No | 4 | 33.3% |
        | Not applicable | 0 | 0.0% |

        12 answers on 6 of the 40 cases asked.
        """))
    #expect(
      markdown.contains(
        "| wishes_and_feelings_in_care_plan: Ann and Ben | 6 | 66.7% | 0.50 | moderate |\n"))
  }

  @Test func aBadAnswerIsAnErrorAtItsRowAndColumn() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, lines) = try runner.auditedQuarterly()
    let row = try #require(Self.questionRows(lines).first)
    var moderated = lines
    moderated[row] = Self.answered(lines[row], "Ann", "Partly")
    let path = runner.folder.appendingPathComponent("moderated.csv").path
    try (moderated.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let output = try runner.run(["history", "moderate", "1", path, "--history", history])
    #expect(output.status == 1)
    #expect(output.stdout == "")
    #expect(
      output.stderr
        == "\(path):\(row + 1):9: error: unknown answer 'Partly' to question"
        + " '\(Self.question)'; did you mean 'partly'?\n")
  }
}
