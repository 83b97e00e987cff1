import ArgumentParser
import CaseAudit

extension ExportLoader.Format: ExpressibleByArgument {}

/// The export a command reads: its folder, its format, and an SSDA903 return's previous year.
struct DataArguments: ParsableArguments {
  @Option(name: .customLong("data"), help: "The folder of the export.")
  var data: String

  @Option(
    name: .customLong("data-format"),
    help: "auto (from the files present), canonical, ssda903 or ssd.")
  var format: ExportLoader.Format = .auto

  @Option(
    help: "The previous year's SSDA903 return (a folder), to recover periods that began before.")
  var previous: String?

  @Option(help: "A mapping file (YAML) for a local export's files, columns, dates and values.")
  var mapping: String?

  /// Loads the export for a schema (a canonical export's files of the types `reading` selects,
  /// every file when nil), showing progress; exits 1 when the mapping has errors or the export
  /// cannot be read at all.
  func load(
    schema: Schema, reading: ImportSelection? = nil, progress: ProgressLine
  ) throws -> ImportResult {
    try Self.load(
      data, format: format, previous: previous, mapping: mapping, schema: schema,
      reading: reading, progress: progress)
  }

  /// Loads the export in `data` as the options describe it (shared with
  /// `OptionalDataArguments`); `planMapping` is a plan's, used when no mapping file is given.
  static func load(
    _ data: String, format: ExportLoader.Format, previous: String?, mapping: String?,
    planMapping: ExportMapping? = nil, schema: Schema, reading: ImportSelection? = nil,
    progress: ProgressLine
  ) throws -> ImportResult {
    var exportMapping = planMapping
    if let mapping {
      let (loaded, diagnostics) = ExportMappingLoader.load(path: mapping, schema: schema)
      DiagnosticPrinter.print(diagnostics)
      guard let loaded else { throw ExitCode(1) }
      exportMapping = loaded
    }
    let result = ExportLoader.load(
      data, schema: schema, format: format, previous: previous, mapping: exportMapping,
      reading: reading
    ) { progress.show("reading \($0)") }
    progress.finish()
    if result.unreadable {
      DiagnosticPrinter.print(result.diagnostics)
      throw ExitCode(1)
    }
    return result
  }
}
