import ArgumentParser
import CaseAudit
import Foundation

/// `caseaudit history ...`: the audits recorded so far.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List and show the audits recorded in an audit history.",
    subcommands: [
      HistoryListCommand.self, HistoryShowCommand.self, HistoryModerateCommand.self,
      HistoryReportCommand.self,
    ]
  )
}

/// Which history file a command reads.
struct HistoryArguments: ParsableArguments {
  @Option(help: "The history file.")
  var history: String?

  @Option(help: "A plan whose history (.caseaudit/history.sqlite beside it) to read.")
  var plan: String?

  /// An audit id as given on the command line, from 1 up.
  static func auditID(_ text: String) throws -> Int64 {
    try NumericArgument.whole(text, "the audit id", in: 1...Int64.max)
  }

  /// The history file named, or the default.
  var path: String {
    history ?? plan.map(HistoryStore.defaultPath(forPlan:)) ?? ".caseaudit/history.sqlite"
  }

  /// Opens the history; a missing file is an error, not an empty history, and a `--plan`
  /// that is not there is said to be missing (as `audit` says it), not its history.
  func open() throws -> HistoryStore {
    if history == nil, let plan, let problem = PathStatus.of(plan).fileProblem {
      throw Diagnostic.error("the plan \(problem.message(plan))")
    }
    guard PathStatus.of(path) != .missing else {
      throw ValidationError("no audit history at '\(path)'; give --history FILE or --plan PLAN")
    }
    return try HistoryStore(path: path)
  }
}

/// `caseaudit history list`.
struct HistoryListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the recorded audits.",
    discussion: "Example: caseaudit history list --plan Samples/iro-quarterly-dip-sample.yaml")

  @OptionGroup var arguments: HistoryArguments

  @Option(help: "Output format: table or json.")
  var format = HistoryFormat.table

  func run() throws {
    let audits = try arguments.open().audits()
    if format == .json {
      struct Document: Encodable { let audits: [AuditSummary] }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(Document(audits: audits)), as: UTF8.self))
      return
    }
    let rows =
      [["audit", "plan", "as at", "seed", "cases", "pack", "data", "state"]]
      + audits.map {
        [
          String($0.auditID), $0.plan, $0.asAt ?? "-", String($0.seed), String($0.cases),
          String($0.packFingerprint.prefix(12)), String($0.dataFingerprint.prefix(12)),
          $0.complete ? "complete" : "incomplete",
        ]
      }
    print(TextTable.render(rows, rightAligned: [0, 4]), terminator: "")
  }
}

/// `caseaudit history show AUDIT_ID`.
struct HistoryShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one recorded audit: its facts and findings per rule.",
    discussion: """
      As a table: the audit's facts and each rule's outcomes. As JSON (--format json): every \
      sampled case's findings with each auditor's judgements (who, outcome, note, when) and \
      answers to the practice questions, as the history holds them (real ids, even for a \
      redacted audit). Example: caseaudit history show 1 --plan \
      Samples/iro-quarterly-dip-sample.yaml
      """)

  @Argument(help: "The audit's id, as history list shows it.")
  var audit: String

  @OptionGroup var arguments: HistoryArguments

  @Option(help: "Output format: table or json.")
  var format = HistoryFormat.table

  func validate() throws {
    _ = try HistoryArguments.auditID(audit)
  }

  func run() throws {
    let audit = try HistoryArguments.auditID(self.audit)
    let store = try arguments.open()
    guard let summary = try store.audits().first(where: { $0.auditID == audit }) else {
      throw ValidationError("no audit \(audit) in \(store.path)")
    }
    if format == .json {
      guard let contents = try store.contents(audit: audit) else {
        throw ValidationError("no audit \(audit) in \(store.path)")
      }
      print(try contents.json())
      return
    }
    print(
      "audit \(summary.auditID): plan \(summary.plan), as at \(summary.asAt ?? "-"),"
        + " seed \(summary.seed), \(summary.cases) cases"
        + (summary.complete
          ? "" : "; incomplete: its run stopped before its report was written, so exclusion"
            + " windows and trends leave it out"))
    print("pack \(summary.packFingerprint)\ndata \(summary.dataFingerprint)\n")
    let outcomes = try store.ruleOutcomes(audit: audit)
    let rows =
      [["rule", "met", "not met", "insufficient", "not applicable", "compliance"]]
      + outcomes.map { rule, counts in
        [
          rule, String(counts.met), String(counts.notMet), String(counts.insufficientEvidence),
          String(counts.notApplicable), ReportFormatting.percent(counts.compliance),
        ]
      }
    print(TextTable.render(rows, rightAligned: [1, 2, 3, 4, 5]), terminator: "")
  }
}

/// `caseaudit history moderate AUDIT_ID findings.csv`: store auditors' own outcomes.
struct HistoryModerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "moderate",
    abstract: "Store the auditors' outcomes from a filled-in findings.csv of an audit.",
    discussion: """
      Fill the auditor, auditor_outcome (met, not_met, insufficient_evidence, not_applicable) and \
      auditor_note columns; leave the engine's columns as they are. A practice question's row \
      (its id in rule_id) takes the answer in auditor_outcome, one of those its evidence lists. \
      Several auditors may \
      moderate the same audit; an auditor's second moderation replaces their first. Every \
      problem is reported at its row and column and nothing is stored until there are none. \
      Example: caseaudit history moderate 1 findings.csv --plan \
      Samples/iro-quarterly-dip-sample.yaml
      """)

  @Argument(help: "The audit's id, as history list shows it.")
  var audit: String

  @Argument(help: "The findings.csv with the auditors' columns filled in.")
  var file: String

  @OptionGroup var arguments: HistoryArguments

  func validate() throws { _ = try HistoryArguments.auditID(audit) }

  func run() throws {
    let audit = try HistoryArguments.auditID(self.audit)
    let store = try arguments.open()
    let data: [UInt8]
    switch InputFile.bytes(at: file) {
    case .success(let bytes): data = bytes
    case .failure(let problem):
      DiagnosticPrinter.print([.error("the moderated findings \(problem.message(file))")])
      throw ExitCode(1)
    }
    let (tally, diagnostics) = try store.moderate(audit: audit, csv: data, path: file)
    DiagnosticPrinter.print(diagnostics)
    if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    print(tally.sentence(audit: audit))
  }
}

/// `caseaudit history report AUDIT_ID`: the audit's report again, with moderation and trends.
struct HistoryReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a recorded audit's report again, with its moderation and trends.",
    discussion: """
      Runs the audit again from its plan, seed and data (which must be unchanged: their \
      fingerprints are checked) and adds the agreement of the auditors' moderation. Example: \
      caseaudit history report 1 --plan Samples/iro-quarterly-dip-sample.yaml --out moderated

      With --redact (or a plan's report: {redact: true}, or when the audit's own report was \
      redacted) the report is redacted as caseaudit audit --redact makes it, with the key in \
      the history's folder unless --redact-key names it; auditors become pseudonyms and their \
      notes are withheld.
      """)

  @Argument(help: "The audit's id, as history list shows it.")
  var audit: String

  @OptionGroup var arguments: HistoryArguments

  @Option(
    help: """
      The folder to write the report into: a new or empty folder, or a report folder \
      CaseAudit wrote (replaced whole while its files are unchanged).
      """)
  var out: String

  @Option(help: "The export folder, when it has moved since the audit.")
  var data: String?

  @OptionGroup var redaction: RedactionArguments

  func validate() throws { _ = try HistoryArguments.auditID(audit) }

  func run() throws {
    let audit = try HistoryArguments.auditID(self.audit)
    try ReportFolder.checkReplaceable(out)
    let store = try arguments.open()
    let keyFolder = (store.path as NSString).deletingLastPathComponent
    let (report, diagnostics) = try AuditReplay.report(audit: audit, store: store, dataPath: data) {
      try redaction.redactor(keyFolder: keyFolder, always: $0)
    }
    DiagnosticPrinter.print(diagnostics)
    try ReportFolder.write(
      try AuditReportFiles.render(report, formats: report.run.plan.formats), to: out)
    print(out)
  }
}

/// How `history list` and `history show` print: a table for reading, JSON for programs.
enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json
}
