import ArgumentParser
import CaseAudit

extension ServiceReportFiles.Format: ExpressibleByArgument {}

/// `caseaudit report`: the service report of a period, from every case of an export.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the service report of a period (a census of every case) into a folder.",
    discussion: """
      Scores every case of the export against the pack's standards, evaluates the tables of \
      the pack's report (reports: in pack.yaml) for the period and for the same period a year \
      earlier, and writes the folder whole: \(ServiceReportFiles.fileList). The report has \
      the pack's tables, a headline of this year beside the last, compliance by standard \
      (children by outcome), consistency by each of the pack's groupings (IRO, team: a heat \
      map, funnel plots with numbered points, and the units outside the limits by name) and \
      data quality; report.json is described in the README. Prints the folder.

      Example: caseaudit report --rules Rules/iro --data Samples/demo-la \
      --period 2021-04-01..2022-03-31 --out annual-2021-22

      --out must be a new or empty folder, or a report folder CaseAudit wrote whose files are \
      unchanged; anything else is refused before any work. With --redact, ids, references \
      and every field the schema marks personal (children's, professionals' and teams' \
      names) are keyed pseudonyms, as in caseaudit audit --redact; the key is \
      .caseaudit/redaction.key in the working folder unless --redact-key names it.
      """
  )

  @Option(name: .customLong("rules"), help: "The rule pack, e.g. Rules/iro.")
  var rules: String

  @OptionGroup var export: DataArguments

  @Option(help: "The reporting period, START..END (ISO dates), e.g. 2021-04-01..2022-03-31.")
  var period: String?

  @Option(
    name: .customLong("as-at"),
    help: "The date counts 'on the day' are taken (YYYY-MM-DD); default: the period's end.")
  var asAt: String?

  @Option(
    name: .customLong("report"),
    help: "The pack's report to write, by id (default: its only one).")
  var reportID: String?

  @Option(
    help: """
      The folder to write the report into (default: reports/<report>-<as-at>): a new or empty \
      folder, or a report folder CaseAudit wrote (replaced whole while its files are unchanged).
      """)
  var out: String?

  @Option(
    help: """
      Formats to write, comma-separated: \(ServiceReportFiles.Format.allCases.map(\.rawValue)
      .joined(separator: ",")) (default: all).
      """,
    transform: { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) })
  var format: [String]?

  @OptionGroup var redaction: RedactionArguments

  /// Mistakes in the arguments themselves are usage errors before anything is read.
  func validate() throws {
    _ = try formats()
    _ = try context()
  }

  func run() throws {
    let formats = try formats()
    let context = try context()
    if let warning = context.asAtWarning {
      DiagnosticPrinter.print([Diagnostic(.warning, warning)])
    }
    let pack = try PackArgument(pack: rules).load()
    let definition = try chosenReport(of: pack)
    let folder = out ?? "reports/\(definition.id)-\(context.asAt!)"
    // Before any work: a folder that will be refused costs nothing.
    try ReportFolder.checkReplaceable(folder)
    let redactor = try redaction.redactor(keyFolder: ".caseaudit")
    let progress = ProgressLine()
    let imported = try export.load(schema: pack.schema, progress: progress)
    DiagnosticPrinter.print(imported.diagnostics)
    if imported.hasErrors {
      let excluded = imported.counts.reduce(0) { $0 + $1.excluded }
      StandardError.write("note: \(excluded) rows with errors are excluded from the report\n")
    }
    let census = Census(
      pack: pack, data: imported, dataFingerprint: AuditRun.fingerprint(of: export.data),
      context: context, redactor: redactor
    ) { done, total in progress.advance(by: done, of: total, "cases") }
    progress.show("counting the report's tables")
    let report = ServiceReport(census: census, report: definition)
    progress.show("writing the report")
    let files = try ServiceReportFiles.render(report, formats: formats)
    progress.finish()
    try ReportFolder.write(files, to: folder)
    print(folder)
  }

  /// The formats asked for; an empty or unknown one is a usage error.
  private func formats() throws -> [ServiceReportFiles.Format] {
    guard let format else { return ServiceReportFiles.Format.allCases }
    let known = ServiceReportFiles.Format.allCases.map(\.rawValue)
    return try format.map { name in
      guard let chosen = ServiceReportFiles.Format(rawValue: name) else {
        throw ValidationError(
          "--format '\(format.joined(separator: ","))': "
            + (name.isEmpty ? "an empty format" : "unknown format '\(name)'")
            + "; expected a comma-separated list of "
            + known.dropLast().joined(separator: ", ") + " and " + known.last!)
      }
      return chosen
    }
  }

  /// The period (both ends required) and the as-at date, by default the period's end.
  private func context() throws -> AuditContext {
    guard let period else {
      throw ValidationError(
        "--period is required: the reporting period, START..END, e.g. 2021-04-01..2022-03-31")
    }
    guard let (start, end) = AuditContext.parsePeriod(period), let start, let end else {
      throw ValidationError(
        "--period '\(period)' must be START..END with both ISO dates, START first, e.g."
          + " 2021-04-01..2022-03-31")
    }
    var context = AuditContext(asAt: end, periodStart: start, periodEnd: end)
    if let asAt {
      guard let day = Day(iso: asAt) else {
        throw ValidationError("--as-at '\(asAt)' is not a date (YYYY-MM-DD)")
      }
      context.asAt = day
    }
    return context
  }

  /// The report named by --report, or the pack's only one.
  private func chosenReport(of pack: RulePack) throws -> ReportDefinition {
    let ids = pack.reports.map(\.id)
    if let reportID {
      guard let found = pack.report(reportID) else {
        throw ValidationError(
          "--report '\(reportID)': the pack '\(rules)' has no such report"
            + NearMiss.hint(
              for: reportID, among: ids,
              expected: ids.isEmpty
                ? "none: it defines no reports" : "one of " + ids.joined(separator: ", "))
        )
      }
      return found
    }
    guard let only = pack.reports.first else {
      throw Diagnostic.error(
        "the rule pack '\(rules)' defines no reports, so there is nothing to write; list report"
          + " files under 'reports:' in its pack.yaml")
    }
    guard pack.reports.count == 1 else {
      throw ValidationError(
        "the pack '\(rules)' defines \(ids.count) reports; choose one with --report: "
          + ids.joined(separator: ", "))
    }
    return only
  }
}
