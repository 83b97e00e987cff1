import ArgumentParser
import CaseAudit

/// The plan a command runs, with the data folder and seed it may override.
struct PlanArguments: ParsableArguments {
  @Argument(help: "The audit plan (YAML), e.g. Samples/iro-quarterly-dip-sample.yaml.")
  var plan: String

  @Option(name: .customLong("data"), help: "The export folder (overrides the plan's 'data').")
  var data: String?

  @Option(
    help: """
      The sampling seed, from 0 to \(UInt64.max) (overrides the plan's; one is drawn and \
      printed if neither).
      """)
  var seed: String?

  func validate() throws { _ = try seedValue() }

  /// The seed as a number, within its range.
  private func seedValue() throws -> UInt64? {
    try seed.map { try NumericArgument.whole($0, "--seed", in: UInt64.min...UInt64.max) }
  }

  /// Loads the plan, printing every diagnostic; exits 1 when it has errors.
  func load() throws -> (plan: AuditPlan, dataPath: String, seed: UInt64) {
    let (loaded, diagnostics) = PlanLoader().load(path: plan)
    DiagnosticPrinter.print(diagnostics)
    guard let loaded else { throw ExitCode(1) }
    guard let dataPath = data ?? loaded.dataPath else {
      throw ValidationError("the plan names no 'data' folder; give --data DIR")
    }
    var chosen = try seedValue() ?? loaded.seed
    if chosen == nil {
      let drawn = UInt64.random(in: 1...999_999_999)
      StandardError.write("seed \(drawn) drawn; give --seed \(drawn) to draw this sample again\n")
      chosen = drawn
    }
    return (loaded, dataPath, chosen!)
  }
}
