import ArgumentParser
import CaseAudit
import Foundation

/// `caseaudit audit PLAN`: draw the sample, score it and write the report.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Draw a plan's sample, score it, and write the audit report.",
    discussion: """
      Writes report.html, report.md, report.json and findings.csv (as the plan's report.formats \
      asks) into --out, by default reports/<plan>-<as-at>/, and prints the folder. Example: \
      caseaudit audit Samples/iro-quarterly-dip-sample.yaml

      With --redact, every id, reference and field the schema marks personal is replaced by a \
      keyed pseudonym (child-3fa2c1d0e9) and priority keys are left out, so the report can \
      leave the authority's systems. The same key gives the same pseudonyms in every report; \
      it is created on first use in .caseaudit/redaction.key beside the plan (or --redact-key) \
      and must stay private. The sample and findings are those of the unredacted audit, which \
      the history records with its real ids. A plan's report: {redact: true} redacts every \
      audit of it.

      Weights that cannot be used (see caseaudit sample --help) and a sample smaller than the \
      plan asks for are warnings on standard error and in the report; an empty sample is an \
      error (exit 1) and nothing is written or recorded.
      """
  )

  @OptionGroup var arguments: PlanArguments

  @Option(
    help: """
      The folder to write the report into: a new or empty folder, or a report folder \
      CaseAudit wrote (replaced whole while its files are unchanged).
      """)
  var out: String?

  @Option(help: "The audit history (default: .caseaudit/history.sqlite beside the plan).")
  var history: String?

  @Flag(name: .customLong("no-history"), help: "Do not record the audit in the history.")
  var noHistory = false

  @OptionGroup var redaction: RedactionArguments

  @Option(
    help: "Formats to write, comma-separated: html,md,json,csv (default: the plan's).",
    transform: { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) })
  var format: [String]?

  /// An empty or unknown format is a usage error before any work, so the previous report stays.
  func validate() throws {
    guard let format else { return }
    for name in format where !AuditReportFiles.formats.contains(name) {
      throw ValidationError(
        "--format '\(format.joined(separator: ","))': "
          + (name.isEmpty ? "an empty format" : "unknown format '\(name)'")
          + "; expected a comma-separated list of html, md, json and csv")
    }
  }

  func run() throws {
    let (plan, dataPath, seed) = try arguments.load()
    let formats = format ?? plan.formats
    let asAt = plan.context.asAt?.description ?? "undated"
    let folder = out ?? "reports/\(plan.id)-\(asAt)"
    // Before any work: a folder that will be refused must not leave an audit recorded.
    try ReportFolder.checkReplaceable(folder)
    let redactor = try redaction.redactor(
      keyFolder: HistoryStore.folder(forPlan: arguments.plan), always: plan.redact)
    let store =
      noHistory
      ? nil : try HistoryStore(path: history ?? HistoryStore.defaultPath(forPlan: arguments.plan))
    var excluded = Set<String>()
    if let window = plan.excludeAuditedWithin {
      guard let store else {
        throw ValidationError(
          "the plan excludes cases audited within \(window): it needs the history;"
            + " drop --no-history"
        )
      }
      guard let asAt = plan.context.asAt else {
        throw ValidationError("the plan excludes recently audited cases but has no as-at date")
      }
      excluded = try store.casesAudited(within: window, before: asAt, calendar: plan.pack.calendar)
    }
    let progress = ProgressLine()
    let auditRun = AuditRun(plan: plan, dataPath: dataPath, seed: seed, excluding: excluded) {
      progress.show($0)
    }
    progress.finish()
    DiagnosticPrinter.print(auditRun.data.diagnostics)
    if auditRun.data.unreadable { throw ExitCode(1) }
    for warning in auditRun.samplingWarnings {
      StandardError.write("warning: \(warning.message)\n")
    }
    try SamplingWarning.requireCases(in: auditRun.sample, undecided: auditRun.frame.undecided)
    // The history keeps real ids (exclusion windows need them); only the report is redacted.
    let report = AuditReport(run: redactor.map { auditRun.redacted(by: $0) } ?? auditRun)
    guard let store else {
      try ReportFolder.write(try AuditReportFiles.render(report, formats: formats), to: folder)
      print(folder)
      return
    }
    let id = try RecordedReport.write(
      report, of: auditRun, formats: formats, to: folder, in: store, redacted: redactor != nil)
    StandardError.write("recorded as audit \(id) in \(store.path)\n")
    print(folder)
  }
}
