import Testing

/// `score` and `rules diff` take a period with both ends, as `report` and plans do: a value cut
/// short by a careless paste is a usage error, not a period with no end and no as-at date.
@Suite struct PeriodArgumentTests {
  @Test(arguments: [
    ["score", "--rules", "Rules/iro", "--data", "Samples/demo-la"],
    ["rules", "diff", "Rules/iro", "Rules/iro", "--data", "Samples/demo-la"],
  ])
  func aPeriodWithAnOpenEndIsAUsageError(command: [String]) throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    for period in ["2021-04-01..", "..2022-03-31", ".."] {
      let output = try runner.run(command + ["--period", period])
      #expect(output.status == 64)
      #expect(
        output.stderr.hasPrefix(
          "Error: --period '\(period)' must be START..END with both ISO dates, START first, e.g."
            + " 2021-04-01..2022-03-31\n"))
      #expect(output.stdout == "")
    }
  }
}
