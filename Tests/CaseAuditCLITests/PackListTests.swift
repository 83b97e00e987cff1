import Foundation
import Testing

/// What pack.yaml's `rules:`, `reports:` and `questions:` lists may name: each entry's problem
/// is reported at the entry.
@Suite struct PackListTests {
  @Test func aFolderAnEmptyEntryAndAFileListedTwiceAreErrorsAtTheirEntries() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    let manifest = pack + "/pack.yaml"
    try runner.edit(
      manifest, replacing: "  - rules/escalation.yaml\n",
      with: "  - rules/escalation.yaml\n  - rules\n  - rules/escalation.yaml\n  - ''\n"
    )
    try runner.edit(
      manifest, replacing: "  - reports/annual.yaml\n",
      with: "  - reports/annual.yaml\n  - reports/annual.yaml\n")
    // The questions list had neither check: a file listed twice reported each of its
    // questions as its own duplicate.
    try runner.edit(
      manifest, replacing: "  - questions/practice.yaml\n",
      with: "  - questions/practice.yaml\n  - questions/practice.yaml\n  - ''\n")
    let lines = try String(contentsOfFile: manifest, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    let rows = { (text: String) in lines.indices.filter { lines[$0] == text }.map { $0 + 1 } }
    let reports = rows("  - reports/annual.yaml")
    let escalation = rows("  - rules/escalation.yaml")
    let folder = try #require(rows("  - rules").first)
    let questions = rows("  - questions/practice.yaml")
    let empties = rows("  - ''")
    try #require(empties.count == 2)
    let output = try runner.run(["rules", "check", pack])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(manifest):\(questions[1]):5: error: question file 'questions/practice.yaml' is listed \
        twice (first at line \(questions[0]))
          - questions/practice.yaml
            ^
        \(manifest):\(empties[0]):5: error: each question file must be a path such as \
        questions/practice.yaml
          - ''
            ^
        \(manifest):\(reports[1]):5: error: report file 'reports/annual.yaml' is listed twice \
        (first at line \(reports[0]))
          - reports/annual.yaml
            ^
        \(manifest):\(folder):5: error: '\(pack)/rules' is a folder, not a file
          - rules
            ^
        \(manifest):\(escalation[1]):5: error: rule file 'rules/escalation.yaml' is listed \
        twice (first at line \(escalation[0]))
          - rules/escalation.yaml
            ^
        \(manifest):\(empties[1]):5: error: each rule file must be a path such as rules/reviews.yaml
          - ''
            ^

        """)
    #expect(output.stdout == "\(pack): 6 errors, 0 warnings\n")
  }
}
