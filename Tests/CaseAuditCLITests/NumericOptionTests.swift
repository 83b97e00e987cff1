import Foundation
import Testing

private let sizeUsage = """
  Usage: caseaudit size --confidence <confidence> --tolerable-rate <tolerable-rate> \
  [--expected-errors <expected-errors>] [--population <population>] [--explain]
    See 'caseaudit size --help' for more information.

  """

private let generateUsage = """
  Usage: caseaudit generate --children <children> [--seed <seed>] --out <out> [--rules <rules>] \
  [--fault <fault> ...] [--format <format>]
    See 'caseaudit generate --help' for more information.

  """

private let sampleUsage = """
  Usage: caseaudit sample <plan> [--data <data>] [--seed <seed>] [--format <format>]
    See 'caseaudit sample --help' for more information.

  """

private let serveUsage = """
  Usage: caseaudit serve [--history <history>] [--plan <plan>] [--host <host>] [--port <port>] \
  [--secure-cookies]
    See 'caseaudit serve --help' for more information.

  """
private let historyShowUsage = """
  Usage: caseaudit history show <audit> [--history <history>] [--plan <plan>] [--format <format>]
    See 'caseaudit history show --help' for more information.

  """

private let size = ["size", "--confidence", "0.95", "--tolerable-rate", "0.05"]
private let plan = "Samples/iro-quarterly-dip-sample.yaml"

/// Every numeric option outside its documented range is a usage error naming the option, the
/// value and the range, within a second; negative numbers included.
@Suite struct NumericOptionTests {
  @Test(arguments: [
    (
      size + ["--population", "9223372036854775807"],
      "--population '9223372036854775807' must be a whole number from 1 to 10000000", sizeUsage
    ),
    (
      size + ["--population", "-5"], "--population '-5' must be a whole number from 1 to 10000000",
      sizeUsage
    ),
    (
      size + ["--population", "0"], "--population '0' must be a whole number from 1 to 10000000",
      sizeUsage
    ),
    (
      ["size", "--confidence", "0.95", "--tolerable-rate", "1e-12"],
      "--tolerable-rate '1e-12' must be a number from 0.001 to 0.99", sizeUsage
    ),
    (
      ["size", "--confidence", "nan", "--tolerable-rate", "0.05"],
      "--confidence 'nan' must be a number from 0.5 to 0.999", sizeUsage
    ),
    (
      ["size", "--confidence", "-0.95", "--tolerable-rate", "0.05"],
      "--confidence '-0.95' must be a number from 0.5 to 0.999", sizeUsage
    ),
    (
      size + ["--expected-errors", "1000000"],
      "--expected-errors '1000000' must be a whole number from 0 to 10000", sizeUsage
    ),
    (
      ["generate", "--children", "9223372036854775807", "--out", "unused"],
      "--children '9223372036854775807' must be a whole number from 1 to 1000000", generateUsage
    ),
    (
      ["generate", "--children", "-5", "--out", "unused"],
      "--children '-5' must be a whole number from 1 to 1000000", generateUsage
    ),
    (
      ["generate", "--children", "5", "--seed", "-5", "--out", "unused"],
      "--seed '-5' must be a whole number from 0 to 18446744073709551615", generateUsage
    ),
    (
      ["sample", plan, "--seed", "-5"],
      "--seed '-5' must be a whole number from 0 to 18446744073709551615", sampleUsage
    ),
    (
      ["history", "show", "-5"],
      "the audit id '-5' must be a whole number from 1 to 9223372036854775807", historyShowUsage
    ),
    (
      ["serve", "--port", "-1"], "--port '-1' must be a whole number from 0 to 65535", serveUsage
    ),
    (
      ["history", "show", "0"],
      "the audit id '0' must be a whole number from 1 to 9223372036854775807", historyShowUsage
    ),
  ])
  func outOfRangeIsAUsageError(arguments: [String], message: String, usage: String) throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let started = ContinuousClock.now
    let output = try runner.run(arguments)
    #expect(ContinuousClock.now - started < .seconds(30), "a hang guard, not a timing")
    #expect(output.status == 64)
    #expect(output.stderr == "Error: \(message)\n" + usage)
    #expect(output.stdout == "")
  }

  @Test func negativeAuditIDsAreUsageErrorsInEveryHistoryCommand() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    for (arguments, usage) in [
      (["history", "moderate", "-5", "f.csv"], "moderate <audit> <file> [--history <history>]"),
      (["history", "report", "--out", "x", "-5"], "report <audit> [--history <history>]"),
    ] {
      let output = try runner.run(arguments)
      #expect(output.status == 64)
      let lines = output.stderr.split(separator: "\n")
      #expect(
        lines.first
          == "Error: the audit id '-5' must be a whole number from 1 to 9223372036854775807")
      #expect(lines.dropFirst().first?.hasPrefix("Usage: caseaudit history \(usage)") == true)
    }
  }

  @Test func aCriterionNoSampleCanMeetIsSaid() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let census = try runner.run(size + ["--expected-errors", "10", "--population", "100"])
    #expect(census.status == 64)
    #expect(
      census.stderr == """
        error: no sample can show a rate within 0.05: 10 expected deviations are not below the 5 \
        that rate allows in a population of 100

        """)
    #expect(census.stdout == "")
    let started = ContinuousClock.now
    let huge = try runner.run([
      "size", "--confidence", "0.999", "--tolerable-rate", "0.001", "--expected-errors", "10000",
    ])
    #expect(ContinuousClock.now - started < .seconds(30), "a hang guard, not a timing")
    #expect(huge.status == 64)
    #expect(
      huge.stderr == """
        error: no sample of up to 10000000 cases can show a rate within 0.001 allowing 10000 \
        deviations

        """)
  }

  @Test func aPlansAssuranceSizeTakesTheSameRanges() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let root = CommandRunner.repositoryRoot.path
    let path = runner.folder.appendingPathComponent("plan.yaml").path
    try """
    plan: assured
    title: Assured
    rules: \(root)/Rules/iro
    data: \(root)/Samples/demo-la
    sample:
      size: {confidence: 0.95, tolerable_rate: 1e-12}

    """.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try runner.run(["sample", path])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(path):6:44: error: tolerable_rate '1e-12' must be a number from 0.001 to 0.99
          size: {confidence: 0.95, tolerable_rate: 1e-12}
                                                   ^

        """)
  }

  @Test func theWidestCriteriaAreComputedQuickly() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let started = ContinuousClock.now
    let output = try runner.run([
      "size", "--confidence", "0.999", "--tolerable-rate", "0.001", "--expected-errors", "5000",
      "--population", "10000000",
    ])
    #expect(ContinuousClock.now - started < .seconds(30), "a hang guard, not a timing")
    #expect(output.status == 0)
    #expect(Int(output.stdout.dropLast()) != nil)
  }
}
