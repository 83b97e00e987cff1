import Foundation
import Testing

/// End-to-end runs of `caseaudit rules ...` on the shipped pack and on broken copies of it.
@Suite struct RulesCommandTests {
  @Test func testRunsEveryShippedExample() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["rules", "test", "Rules/iro"])
    #expect(output.status == 0)
    #expect(output.stderr == "")
    #expect(output.stdout.hasSuffix(" passed, 0 failed\n"))
    #expect(!output.stdout.hasPrefix("0 passed"))
  }

  @Test func checkReportsAMisspeltFieldWithASuggestion() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    try runner.edit(
      pack + "/rules/reviews.yaml", replacing: "expect: r.held_on <= due",
      with: "expect: r.held_date <= due")
    let output = try runner.run(["rules", "check", pack])
    let at = try PackText.position(of: "held_date", in: pack + "/rules/reviews.yaml")
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(pack)/rules/reviews.yaml:\(at.line):\(at.column): error: unknown field 'held_date' \
        on 'review'; did you mean 'held_on'?
        \(at.source)
        \(String(repeating: " ", count: at.column - 1))^

        """)
    #expect(output.stdout == "\(pack): 1 error, 0 warnings\n")
  }

  /// A misspelt `--rule` is refused with the rule it most likely meant, by `score` and by
  /// `rules test` alike.
  @Test func aMisspeltRuleIdSuggestsTheRule() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let score = try runner.run([
      "score", "--rules", "Rules/iro", "--data", "Samples/demo-la", "--rule",
      "reviews_witin_timescale",
    ])
    #expect(score.status == 64)
    #expect(
      score.stderr == """
        Error: no rule 'reviews_witin_timescale' in Rules/iro; did you mean \
        'reviews_within_timescale'?
        Usage: caseaudit score [<options>] --rules <rules> --data <data>
          See 'caseaudit score --help' for more information.

        """)
    let test = try runner.run(["rules", "test", "Rules/iro", "--rule", "reviews_witin_timescale"])
    #expect(test.status == 64)
    #expect(
      test.stderr == """
        Error: no rule 'reviews_witin_timescale' in Rules/iro; did you mean \
        'reviews_within_timescale'?
        Usage: caseaudit rules test <pack> [--rule <rule> ...] [--verbose]
          See 'caseaudit rules test --help' for more information.

        """)
  }

  @Test func checkOfTheShippedPackIsClean() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["rules", "check", "Rules/iro/"])
    let rules = try PackText.count("- id:", inRulesOf: "Rules/iro")
    let examples = try PackText.count("- name:", inRulesOf: "Rules/iro")
    let questions = try PackText.read("Rules/iro/questions/practice.yaml")
      .split(separator: "\n").filter { $0.hasPrefix("- id:") }.count
    let calendar = "Rules/iro/calendars/england-and-wales.yaml"
    let warning = try PackText.coverageWarning(calendar, shownAs: calendar)
    #expect(output.status == 0)
    #expect(output.stderr == warning.stderr)
    #expect(
      output.stdout == "Rules/iro/: pack 'iro' version 2022.1: \(rules) rules, \(examples)"
        + " examples, \(questions) practice questions, no errors, \(warning.count)\n")
  }

  @Test func aFailingExampleExitsTwoWithItsLine() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    try runner.edit(
      pack + "/pack.yaml", replacing: "iro_allocation_working_days: 5",
      with: "iro_allocation_working_days: 4")
    let output = try runner.run(["rules", "test", pack, "--rule", "iro_allocated_promptly"])
    let file = pack + "/rules/footprint.yaml"
    let fifth = try PackText.position(of: "name: allocated on the fifth working day", in: file)
    let christmas = try PackText.position(
      of: "name: Christmas bank holidays inside the five days", in: file)
    // The two examples at the fifth working day fail; the rule's others do not depend on it.
    let passed = try PackText.exampleCount(ofRule: "iro_allocated_promptly", in: file) - 2
    #expect(output.status == 2)
    #expect(
      output.stdout == """
        \(file):\(fifth.line):\(fifth.column): error: example 'allocated on the fifth working \
        day' of rule 'iro_allocated_promptly': expected met, got not_met; expected evidence \
        deadline '2021-04-13', got '2021-04-12' (evidence: period_start 2021-04-06, deadline \
        2021-04-12, first_iro_allocation 2021-04-13)
            - name: allocated on the fifth working day
              ^
        \(file):\(christmas.line):\(christmas.column): error: example 'Christmas bank holidays \
        inside the five days' of rule 'iro_allocated_promptly': expected met, got not_met; \
        expected evidence deadline '2021-12-31', got '2021-12-30' (evidence: period_start \
        2021-12-22, deadline 2021-12-30, first_iro_allocation 2021-12-31)
            - name: Christmas bank holidays inside the five days
              ^
        \(passed) passed, 2 failed

        """)
  }

  @Test func docsWriteMarkdownWithExampleTables() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["rules", "docs", "Rules/iro"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("# IRO practice standards\n\nPack 'iro', version 2022.1.\n"))
    #expect(
      output.stdout.contains(
        """
        *plan recorded on the day of the second review*: **met**

        periods:

        | period_id | start |
        |---|---|
        | P1 | 2021-04-06 |
        """))
  }

  @Test func docsWriteHTMLAtomicallyToAFile() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let path = runner.folder.appendingPathComponent("standards.html").path
    let output = try runner.run(["rules", "docs", "Rules/iro", "--format", "html", "-o", path])
    #expect(output.status == 0)
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<section id=\"no_overdue_review\"><h3>no_overdue_review</h3>"))
    #expect(html.hasSuffix("</body></html>\n"))
  }

  @Test func usageErrorsExit64() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["rules", "docs", "Rules/iro", "--format", "pdf"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("The value 'pdf' is invalid for '--format <format>'"))
  }

  @Test func missingPackFolder() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["rules", "check", "Rules/nothing"])
    #expect(output.status == 1)
    #expect(output.stderr == "error: 'Rules/nothing/pack.yaml' does not exist; a pack needs it\n")
  }
}

/// The README's rule guide must stay true: its example rule, added as written, passes.
@Suite struct ReadmeGuideTests {
  @Test func theGuidesRuleChecksAndPasses() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let readme = try String(
      contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let blocks = readme.components(separatedBy: "```yaml\n").dropFirst()
      .compactMap { $0.components(separatedBy: "```").first }
    let rule = try #require(blocks.first { $0.contains("- id: review_chaired_by_an_iro") })
    let pack = try runner.copyOfIROPack()
    try rule.write(toFile: pack + "/rules/chair.yaml", atomically: true, encoding: .utf8)
    try runner.edit(
      pack + "/pack.yaml", replacing: "  - rules/escalation.yaml\n",
      with: "  - rules/escalation.yaml\n  - rules/chair.yaml\n")
    let output = try runner.run(["rules", "test", pack, "--rule", "review_chaired_by_an_iro"])
    #expect(output.stderr == "")
    #expect(output.stdout == "2 passed, 0 failed\n")
    #expect(output.status == 0)
  }
}
