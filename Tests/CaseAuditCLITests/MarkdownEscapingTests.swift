import Foundation
import Testing

private let script = "<script>alert(1)</script>"

/// Copies the demo export, with an IRO's and a team's names holding HTML and a `|`.
private func hostileCopy(_ runner: CommandRunner) throws -> String {
  try runner.demoCopy { _, text in
    text.replacingOccurrences(of: "Farid Baker", with: "\(script) Baker | Farid")
      .replacingOccurrences(of: "T01,Children in Care", with: "T01,\(script) | Care")
  }
}

/// Every table row of a Markdown text has as many unescaped `|` as its table's header.
private func tablesAreWhole(_ markdown: String) -> Bool {
  var expected: Int?
  for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
    guard line.hasPrefix("|") else {
      expected = nil
      continue
    }
    let count = MarkdownCells.count(line)
    if let expected, expected != count { return false }
    expected = expected ?? count
  }
  return true
}

/// Counts the cells of a row at its unescaped pipes, independently of CaseAudit's splitter.
enum MarkdownCells {
  static func count<S: StringProtocol>(_ row: S) -> Int {
    var pipes = 0
    var escaped = false
    for character in row {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        pipes += 1
      }
    }
    return pipes - 1
  }
}

/// Record values carry no HTML into Markdown and do not break its tables (issue 8, item 15).
@Suite struct MarkdownEscapingTests {
  @Test func reportHistoryAndScoreMarkdownEscapeRecordValues() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let data = try hostileCopy(runner)
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let out = runner.folder.appendingPathComponent("report").path
    let audit = try runner.run([
      "audit", "Samples/iro-quarterly-dip-sample.yaml", "--data", data, "--history", history,
      "--out", out, "--format", "md,csv",
    ])
    #expect(audit.status == 0)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("| &lt;script&gt;alert(1)&lt;/script&gt; Baker \\| Farid | "))
    #expect(tablesAreWhole(markdown))

    // A moderation note with HTML, a pipe and a line break, shown in the moderated report.
    var lines = try String(contentsOfFile: out + "/findings.csv", encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let index = try #require(
      lines.indices.dropFirst().first {
        let cells = lines[$0].split(separator: ",", omittingEmptySubsequences: false)
        return cells.count == 10 && cells[4] == "met"
      })
    lines[index] = String(lines[index].dropLast(3)) + ",Ann,not_met,\"\(script) | one\ntwo\""
    let moderated = runner.folder.appendingPathComponent("moderated.csv").path
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: moderated, atomically: true, encoding: .utf8)
    #expect(
      try runner.run(["history", "moderate", "1", moderated, "--history", history]).status == 0)
    let again = runner.folder.appendingPathComponent("again").path
    #expect(
      try runner.run([
        "history", "report", "1", "--history", history, "--out", again, "--data", data,
      ]).status == 0)
    let moderatedMarkdown = try String(contentsOfFile: again + "/report.md", encoding: .utf8)
    #expect(!moderatedMarkdown.contains("<script>"))
    #expect(
      moderatedMarkdown.contains(
        " | Ann | not_met | &lt;script&gt;alert(1)&lt;/script&gt; \\| one two |\n"))
    #expect(tablesAreWhole(moderatedMarkdown))
    let html = try String(contentsOfFile: again + "/report.html", encoding: .utf8)
    #expect(!html.contains("<script>"))
    #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; | one\ntwo</td>"))

    let score = try runner.run([
      "score", "--rules", "Rules/iro", "--data", data, "--period", "2021-04-01..2022-03-31",
    ])
    #expect(score.status == 0)
    #expect(!score.stdout.contains("<script>"))
    #expect(score.stdout.contains("| &lt;script&gt;alert(1)&lt;/script&gt; \\| Care | "))
    #expect(tablesAreWhole(score.stdout))
  }

  @Test func samplingWarningsInTheReportAreEscaped() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    // A case id and a stratum name holding HTML and a `|`, each named in a warning.
    let source = CommandRunner.repositoryRoot.appendingPathComponent("Samples/demo-la")
    let data = runner.folder.appendingPathComponent("demo").path
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
    where name.hasSuffix(".csv") {
      let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
      try text.replacingOccurrences(of: "C100000", with: "C<i>|0")
        .write(toFile: data + "/" + name, atomically: true, encoding: .utf8)
    }
    let plan = runner.folder.appendingPathComponent("plan.yaml").path
    try """
      plan: hostile
      title: Hostile names
      rules: \(CommandRunner.repositoryRoot.path)/Rules/iro
      data: \(data)
      period: 2022-01-01..2022-03-31
      as_at: 2022-03-31
      population: "child_id in ['C<i>|0', 'C100001', 'C100002']"
      sample:
        size: 3
        seed: 5
        strata: "'<b>|x'"
        minimum_per_stratum: 5
        weight: "child_id == 'C<i>|0' ? 0 : 1"

      """.write(toFile: plan, atomically: true, encoding: .utf8)
    let out = runner.folder.appendingPathComponent("report").path
    let audit = try runner.run([
      "audit", plan, "--no-history", "--out", out, "--format", "md,html",
    ])
    #expect(audit.status == 0)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    let warnings = markdown.split(separator: "\n").filter { $0.hasPrefix("> Warning: ") }
    let weight =
      "> Warning: 1 case had a weight that cannot be used (0 or below: 1) and were weighted 1"
      + " (invalid_weight: weight_1): C&lt;i&gt;\\|0"
    let stratum =
      "> Warning: stratum '&lt;b&gt;\\|x' has 3 cases in the sample, fewer than the minimum"
      + " of 5 per stratum: it has no more"
    #expect(warnings == [Substring(weight), Substring(stratum)])
    let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
    #expect(!html.contains("<i>") && !html.contains("<b>"))
    let htmlWarning: String =
      "<p>Warning: 1 case had a weight that cannot be used (0 or below: 1) and were"
      + " weighted 1 (invalid_weight: weight_1): C&lt;i&gt;|0</p>"
    #expect(html.contains(htmlWarning))
  }

  @Test func anImageInANameFetchesNothingFromReportMarkdown() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let source = CommandRunner.repositoryRoot.appendingPathComponent("Samples/demo-la")
    let data = runner.folder.appendingPathComponent("demo").path
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
    where name.hasSuffix(".csv") {
      let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
      try text.replacingOccurrences(of: "Farid Baker", with: "![x](http://tracker/p.png)")
        .write(toFile: data + "/" + name, atomically: true, encoding: .utf8)
    }
    let out = runner.folder.appendingPathComponent("report").path
    let audit = try runner.run([
      "audit", "Samples/iro-quarterly-dip-sample.yaml", "--data", data, "--no-history",
      "--out", out, "--format", "md",
    ])
    #expect(audit.status == 0)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(!markdown.contains("]("))
    #expect(markdown.contains("\n| !&#91;x&#93;(http://tracker/p.png) | "))
  }
}
