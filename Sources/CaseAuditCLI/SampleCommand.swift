import ArgumentParser
import CaseAudit

extension SampleCommand.Format: ExpressibleByArgument {}

/// `caseaudit sample PLAN`: draw the sample only, for audits done by hand.
struct SampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Draw a plan's sample: each case with its stratum and priority key.",
    discussion: """
      A case's key is the first 16 hex digits of SHA-256("<seed>:<case_id>"); check one with \
      printf '%s' "20220401:C100042" | sha256sum. Example: caseaudit sample \
      Samples/iro-quarterly-dip-sample.yaml --format csv

      A case whose weight is unknown, not a finite number, or 0 or below is weighted 1 or left \
      out, as the plan's sample: {invalid_weight: weight_1 | exclude} says (weight_1 by \
      default); such cases, and a sample smaller than the plan asks for, are warnings on \
      standard error and in the output. An empty sample is an error (exit 1).
      """
  )

  /// Output formats.
  enum Format: String, CaseIterable {
    case table, csv, json
  }

  @OptionGroup var arguments: PlanArguments

  @Option(help: "Output format: table, csv or json.")
  var format: Format = .table

  func run() throws {
    let (plan, dataPath, seed) = try arguments.load()
    let imported = ExportLoader.load(dataPath, schema: plan.pack.schema, mapping: plan.mapping)
    DiagnosticPrinter.print(imported.diagnostics)
    if imported.unreadable { throw ExitCode(1) }
    let frame = PopulationFrame(plan: plan, data: imported.dataset)
    let sample = PriorityKeySampler.draw(
      frame.cases, seed: seed, size: plan.size, allocation: plan.allocation,
      minimumPerStratum: plan.minimumPerStratum, weighted: plan.weight != nil)
    let warnings = SamplingWarning.of(plan: plan, frame: frame, sample: sample)
    for warning in warnings { StandardError.write("warning: \(warning.message)\n") }
    try SamplingWarning.requireCases(in: sample, undecided: frame.undecided)
    let listing = SampleListing(
      sample: sample, undecided: frame.undecided, invalidWeights: frame.invalidWeights,
      warnings: warnings)
    switch format {
    case .table: print(listing.table(), terminator: "")
    case .csv: print(listing.csv(), terminator: "")
    case .json: print(try listing.json(), terminator: "")
    }
  }
}
