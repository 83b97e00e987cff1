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
      (children by outcome), consistency by each of the pack's groupings (IRO, team) over the \
      children the report's 'consistency:' names (a heat map, funnel plots with numbered \
      points, and the units outside the limits by name) and data quality; report.json is \
      described in the README. Prints the folder.

      Example: caseaudit report --rules Rules/iro --data Samples/demo-la \
      --period 2021-04-01..2022-03-31 --out annual-2021-22

      --out must be a new or empty folder, or a report folder CaseAudit wrote whose files are \
      unchanged; anything else is refused before any work. With --redact, ids, references \
      and every field the schema marks personal (children's, professionals' and teams' \
      names) are keyed pseudonyms, as in caseaudit audit --redact; the key is \
      .caseaudit/redaction.key in the working folder unless --redact-key names it.

      With a plan (caseaudit report PLAN.yaml) the plan's rules (with its parameters), data \
      (unless --data), data_mapping, period, as_at and report.redact are used, and its \
      'service_report: ID' names the report, e.g. caseaudit report \
      Samples/escalations-thematic.yaml. The plan's sample is not drawn: the report is a \
      census. The redaction key is then .caseaudit/redaction.key beside the plan, as for audit.
      """
  )

  @Argument(
    help: """
      An audit plan (YAML) naming the report with 'service_report: ID': its rules, data, \
      period, as_at and report.redact are used (instead of --rules, --period, --as-at and \
      --report).
      """)
  var plan: String?

  @Option(name: .customLong("rules"), help: "The rule pack, e.g. Rules/iro (without a plan).")
  var rules: String?

  @OptionGroup var export: OptionalDataArguments

  @Option(
    help: """
      The reporting period, START..END (ISO dates), e.g. 2021-04-01..2022-03-31 (without a \
      plan).
      """)
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
    if plan != nil {
      let options = [
        ("--rules", rules), ("--period", period), ("--as-at", asAt), ("--report", reportID),
      ]
      let given = options.filter { $0.1 != nil }.map(\.0)
      guard given.isEmpty else {
        throw ValidationError(
          given.joined(separator: ", ") + " cannot be given with a plan: the plan's rules,"
            + " period, as_at and service_report are used")
      }
      return
    }
    guard rules != nil else {
      throw ValidationError(
        "--rules is required without a plan: the rule pack, e.g. --rules Rules/iro")
    }
    guard export.data != nil else {
      throw ValidationError("--data is required without a plan: the folder of the export")
    }
    _ = try context()
  }

  func run() throws {
    let formats = try formats()
    let job = try plan.map(fromPlan) ?? fromArguments()
    let context = job.context
    let folder = out ?? "reports/\(job.report.id)-\(context.asAt!)"
    // Before any work: a folder that will be refused costs nothing.
    try ReportFolder.checkReplaceable(folder)
    let redactor = try redaction.redactor(keyFolder: job.keyFolder, always: job.redact)
    let progress = ProgressLine()
    let imported = try export.load(
      job.data, planMapping: job.mapping, schema: job.pack.schema, progress: progress)
    DiagnosticPrinter.print(imported.diagnostics)
    if imported.hasErrors {
      let excluded = imported.counts.reduce(0) { $0 + $1.excluded }
      StandardError.write("note: \(excluded) rows with errors are excluded from the report\n")
    }
    let census = Census(
      pack: job.pack, data: imported, dataFingerprint: AuditRun.fingerprint(of: job.data),
      context: context, redactor: redactor
    ) { done, total in progress.advance(by: done, of: total, "cases") }
    progress.show("counting the report's tables")
    let report = ServiceReport(census: census, report: job.report)
    progress.show("writing the report")
    let files = try ServiceReportFiles.render(report, formats: formats)
    progress.finish()
    try ReportFolder.write(files, to: folder)
    print(folder)
  }

  /// What a run reads and writes, from the arguments or from a plan.
  private struct Job {
    var pack: RulePack
    var report: ReportDefinition
    var context: AuditContext
    var data: String
    var mapping: ExportMapping?
    var redact: Bool
    /// Where the redaction key lives unless --redact-key names it.
    var keyFolder: String
  }

  /// The job the options describe (validated: --rules, --data and --period are given).
  private func fromArguments() throws -> Job {
    let context = try context()
    if let warning = context.asAtWarning {
      DiagnosticPrinter.print([Diagnostic(.warning, warning)])
    }
    let pack = try PackArgument(pack: rules!).load()
    return Job(
      pack: pack, report: try chosenReport(of: pack), context: context, data: export.data!,
      mapping: nil, redact: false, keyFolder: ".caseaudit")
  }

  /// The job a plan describes: its pack (with its parameters), data (unless --data), period,
  /// as-at, redaction and the report it names.
  private func fromPlan(_ path: String) throws -> Job {
    let (loaded, diagnostics) = PlanLoader().load(path: path)
    DiagnosticPrinter.print(diagnostics)
    guard let plan = loaded else { throw ExitCode(1) }
    let ids = plan.pack.reports.map(\.id)
    guard let id = plan.serviceReport, let report = plan.pack.report(id) else {
      throw Diagnostic.error(
        "the plan '\(path)' names no report to write; add 'service_report: ID' to it, ID being "
          + (ids.isEmpty
            ? "a report of its pack, which defines none (list report files under 'reports:')"
            : "one of its pack's reports: " + ids.joined(separator: ", ")))
    }
    guard let data = export.data ?? plan.dataPath else {
      throw ValidationError("the plan names no 'data' folder; give --data DIR")
    }
    guard plan.context.periodStart != nil, plan.context.periodEnd != nil else {
      throw Diagnostic.error(
        "the plan '\(path)' needs a 'period' with both dates for a report, e.g. period:"
          + " 2021-04-01..2022-03-31")
    }
    return Job(
      pack: plan.pack, report: report, context: plan.context, data: data,
      mapping: plan.mapping, redact: plan.redact,
      keyFolder: HistoryStore.folder(forPlan: path))
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
          "--report '\(reportID)': the pack '\(rules ?? "")' has no such report"
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
        "the rule pack '\(rules ?? "")' defines no reports, so there is nothing to write;"
          + " list report files under 'reports:' in its pack.yaml")
    }
    guard pack.reports.count == 1 else {
      throw ValidationError(
        "the pack '\(rules ?? "")' defines \(ids.count) reports; choose one with --report: "
          + ids.joined(separator: ", "))
    }
    return only
  }
}
