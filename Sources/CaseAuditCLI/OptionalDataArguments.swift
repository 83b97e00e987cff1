import ArgumentParser
import CaseAudit

/// The export of a command that a plan may name instead (`caseaudit report PLAN`): the options
/// of `DataArguments`, with `--data` optional.
struct OptionalDataArguments: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: "The folder of the export (required without a plan; overrides the plan's 'data').")
  var data: String?

  @Option(
    name: .customLong("data-format"),
    help: "auto (from the files present), canonical, ssda903 or ssd.")
  var format: ExportLoader.Format = .auto

  @Option(
    help: "The previous year's SSDA903 return (a folder), to recover periods that began before.")
  var previous: String?

  @Option(help: "A mapping file (YAML) for a local export's files, columns, dates and values.")
  var mapping: String?

  /// Loads the export in `folder`, as `DataArguments.load` does; a plan's mapping is used when
  /// --mapping is not given.
  func load(
    _ folder: String, planMapping: ExportMapping? = nil, schema: Schema, progress: ProgressLine
  ) throws -> ImportResult {
    try DataArguments.load(
      folder, format: format, previous: previous, mapping: mapping, planMapping: planMapping,
      schema: schema, progress: progress)
  }
}
