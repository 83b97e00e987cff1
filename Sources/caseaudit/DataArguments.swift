import ArgumentParser
import CaseAudit

extension ExportLoader.Format: ExpressibleByArgument {}

/// The export a command reads: its folder, its format, and an SSDA903 return's previous year.
struct DataArguments: ParsableArguments {
  @Option(name: .customLong("data"), help: "The folder of the export.")
  var data: String

  @Option(
    name: .customLong("data-format"),
    help: "auto (from the files present), canonical or ssda903.")
  var format: ExportLoader.Format = .auto

  @Option(help: "The previous year's SSDA903 return, to recover periods that began before.")
  var previous: String?

  /// Loads the export for a schema, showing progress.
  func load(schema: Schema, progress: ProgressLine) -> ImportResult {
    let result = ExportLoader.load(data, schema: schema, format: format, previous: previous) {
      progress.show("reading \($0)")
    }
    progress.finish()
    return result
  }
}
