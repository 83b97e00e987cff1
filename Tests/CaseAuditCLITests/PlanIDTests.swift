import Foundation
import Testing

/// A plan's id names its report folder, so it must be an identifier (issue 8, item 9).
@Suite struct PlanIDTests {
  @Test func aPathAsThePlanIDIsAnErrorAtItsPosition() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let root = CommandRunner.repositoryRoot.path
    for (id, shown) in [
      ("../../work/victim", "../../work/victim"), ("'a b'", "a b"), ("\"\"", ""),
      ("reports/x", "reports/x"), ("ok.yaml", "ok.yaml"),
    ] {
      let path = runner.folder.appendingPathComponent("plan.yaml").path
      try """
      title: A plan
      plan:   \(id)
      rules: \(root)/Rules/iro
      data: \(root)/Samples/demo-la
      period: 2022-01-01..2022-03-31
      sample: {size: 5, seed: 1}

      """.write(toFile: path, atomically: true, encoding: .utf8)
      let output = try runner.run(["audit", path, "--no-history"])
      #expect(output.status == 1)
      #expect(
        output.stderr == """
          \(path):2:9: error: plan id '\(shown)' must be letters, digits, '-' and '_' (it names \
          the report folder)
          plan:   \(id)
                  ^

          """)
    }
    // Nothing written where the ids lead: the default folder is reports/<id>-<as-at> in the
    // working folder (the repository root here).
    let targets = ["reports/../../work/victim", "reports/a b", "reports/reports/x", "reports/ok.yaml"]
    for target in targets {
      let path = CommandRunner.repositoryRoot.appendingPathComponent(target + "-2022-03-31")
        .standardized.path
      #expect(!FileManager.default.fileExists(atPath: path), "\(path)")
    }
  }

  @Test func identifiersAreAccepted() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let root = CommandRunner.repositoryRoot.path
    let path = runner.folder.appendingPathComponent("plan.yaml").path
    try """
    plan: IRO_dip-sample-2
    title: A plan
    rules: \(root)/Rules/iro
    data: \(root)/Samples/demo-la
    period: 2022-01-01..2022-03-31
    sample: {size: 5, seed: 1}

    """.write(toFile: path, atomically: true, encoding: .utf8)
    let output = try runner.run(["sample", path, "--format", "csv"])
    #expect(output.status == 0)
    #expect(output.stderr == "")
  }
}
