import Foundation
import Testing

/// `audit --format` and a plan's `report.formats` (issue 8, item 10).
@Suite struct FormatOptionTests {
  @Test func anEmptyOrUnknownFormatIsAUsageErrorAndThePreviousReportStays() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = "Samples/iro-quarterly-dip-sample.yaml"
    let out = runner.folder.appendingPathComponent("report").path
    #expect(
      try runner.run(["audit", plan, "--no-history", "--out", out, "--format", "md"]).status == 0)
    let before = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    let cases = [
      ("", "an empty format"), (",", "an empty format"), ("md,", "an empty format"),
      ("md,,csv", "an empty format"), ("md,pdf", "unknown format 'pdf'"),
    ]
    for (format, problem) in cases {
      let output = try runner.run(["audit", plan, "--no-history", "--out", out, "--format", format])
      #expect(output.status == 64)
      #expect(
        output.stderr.split(separator: "\n").first.map(String.init)
          == "Error: --format '\(format)': \(problem); expected a comma-separated list of html,"
          + " md, json and csv")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
          ".caseaudit-report", "report.md",
        ])
      #expect(try String(contentsOfFile: out + "/report.md", encoding: .utf8) == before)
    }
  }

  @Test func aPlanListingNoFormatIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let root = CommandRunner.repositoryRoot.path
    let path = runner.folder.appendingPathComponent("plan.yaml").path
    try """
    plan: empty-formats
    title: A plan
    rules: \(root)/Rules/iro
    data: \(root)/Samples/demo-la
    period: 2022-01-01..2022-03-31
    sample: {size: 5, seed: 1}
    report: {formats: []}

    """.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try runner.run(["audit", path, "--no-history", "--out", runner.folder.path + "/r"])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(path):7:19: error: 'formats' lists no format; expected some of html, md, json and csv
        report: {formats: []}
                          ^

        """)
  }
}
