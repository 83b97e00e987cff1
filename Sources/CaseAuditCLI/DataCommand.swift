import ArgumentParser
import CaseAudit

/// `caseaudit data ...`: check exported case records against a pack's schema.
struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data",
    abstract: "Check exported case records against a rule pack's schema.",
    subcommands: [DataCheckCommand.self]
  )
}

/// `caseaudit data check --rules PACK --data DIR`: every problem in an export, then a summary.
struct DataCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Load an export and report every problem at file:row:column, then counts.",
    discussion: """
      DIR holds the canonical export (one CSV per record type of the pack's schema: \
      children.csv, periods.csv, reviews.csv, ...; ISO dates), an SSDA903 return (Header, \
      Episodes and Reviews as CSV; DD/MM/YYYY dates) or an SSD dump (ssd_*.csv), found from \
      the files present. Rows with errors are excluded and counted. A date field with dates \
      outside the pack calendar's years gets one warning with their count (working days from \
      them are unknown). The summary ends with the columns each file lacks (rules reading \
      them give insufficient evidence). Exits 1 when there is any error. Example: caseaudit \
      data check \
      --rules Rules/iro --data Samples/demo-la
      """
  )

  @Option(name: .customLong("rules"), help: "The rule pack whose schema the records follow.")
  var rules: String

  @OptionGroup var export: DataArguments

  func run() throws {
    let pack = try PackArgument(pack: rules).load(requiringRules: false)
    var result = try export.load(schema: pack.schema, progress: ProgressLine())
    result.warnAboutDatesOutside(pack.calendar)
    DiagnosticPrinter.print(result.diagnostics)
    print("\(export.data): ", terminator: "")
    print(ImportSummary(result: result).render(), terminator: "")
    if result.hasErrors { throw ExitCode(1) }
  }
}
