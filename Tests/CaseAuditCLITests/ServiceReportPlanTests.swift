import Foundation
import Testing

/// The usage lines ArgumentParser prints under a usage error of `report`.
private let usage = """
  Usage: caseaudit report [<options>] [<plan>]
    See 'caseaudit report --help' for more information.

  """

/// A plan for the hand-made export of `ServiceReportExport` (written beside it), with the lines
/// given after its sample.
private func plan(_ runner: CommandRunner, _ extra: String) throws -> String {
  _ = try ServiceReportExport.write(in: runner)
  let path = runner.folder.appendingPathComponent("plan.yaml").path
  try """
  plan: annual-from-a-plan
  title: The annual report, from a plan
  rules: \(CommandRunner.repositoryRoot.path)/Rules/iro
  data: export
  period: 2021-04-01..2022-03-31
  as_at: 2022-01-31
  sample: {size: 5, seed: 1}
  \(extra)
  """.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

/// `caseaudit report PLAN.yaml` (issue 10): the plan names the report, its pack, data, period
/// and as-at date.
@Suite struct ServiceReportPlanTests {
  @Test func aPlanNamingAReportWritesWhatTheOptionsWould() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let path = try plan(runner, "service_report: annual")
    let fromPlan = runner.folder.appendingPathComponent("from-plan").path
    let planned = try runner.run(["report", path, "--out", fromPlan, "--format", "json"])
    #expect(planned.status == 0, "\(planned.stderr)")
    #expect(planned.stdout == fromPlan + "\n")
    #expect(planned.stderr == "")
    let fromOptions = runner.folder.appendingPathComponent("from-options").path
    let direct = try runner.run([
      "report", "--rules", "Rules/iro", "--data", runner.folder.path + "/export",
      "--period", "2021-04-01..2022-03-31", "--as-at", "2022-01-31", "--report", "annual",
      "--out", fromOptions, "--format", "json",
    ])
    #expect(direct.status == 0, "\(direct.stderr)")
    let json = try String(contentsOfFile: fromPlan + "/report.json", encoding: .utf8)
    #expect(json.contains(#""as_at":"2022-01-31""#))
    #expect(json == (try String(contentsOfFile: fromOptions + "/report.json", encoding: .utf8)))
  }

  @Test func aPlanThatNamesNoReportIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let path = try plan(runner, "")
    let output = try runner.run(["report", path])
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "error: the plan '\(path)' names no report to write; add 'service_report: ID' to it,"
        + " ID being one of its pack's reports: annual\n")
  }

  @Test func anUnknownReportIsAnErrorAtItsPlace() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let path = try plan(runner, "service_report: anual")
    let output = try runner.run(["report", path])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        \(path):8:17: error: service_report 'anual': the pack has no such report; did you mean \
        'annual'?
        service_report: anual
                        ^

        """)
  }

  @Test func optionsThePlanGivesAreUsageErrors() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let path = try plan(runner, "service_report: annual")
    let output = try runner.run(["report", path, "--rules", "Rules/iro", "--as-at", "2022-01-01"])
    #expect(output.status == 64)
    #expect(
      output.stderr
        == "Error: --rules, --as-at cannot be given with a plan: the plan's rules, period, as_at"
        + " and service_report are used\n" + usage)
  }

  @Test func withoutAPlanRulesAndDataAreRequired() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let period = ["--period", "2021-04-01..2022-03-31"]
    let noRules = try runner.run(["report", "--data", "Samples/demo-la"] + period)
    #expect(noRules.status == 64)
    #expect(
      noRules.stderr
        == "Error: --rules is required without a plan: the rule pack, e.g. --rules Rules/iro\n"
        + usage)
    let noData = try runner.run(["report", "--rules", "Rules/iro"] + period)
    #expect(noData.status == 64)
    #expect(
      noData.stderr
        == "Error: --data is required without a plan: the folder of the export\n" + usage)
  }

  @Test func aMissingPlanIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = try runner.run(["report", "no-such-plan.yaml"])
    #expect(output.status == 1)
    #expect(output.stderr == "error: the plan 'no-such-plan.yaml' does not exist\n")
  }
}
