/// Runs a recorded audit again from its plan, seed and data, to report it with what the
/// history knows since (moderation, trends). The pack and data must be those recorded.
public enum AuditReplay {
  /// The report of a recorded audit; errors say what changed. `redactor` is asked, with whether
  /// the plan wants its reports redacted or the audit's report was, for the redactor to use.
  public static func report(
    audit: Int64, store: HistoryStore, dataPath: String? = nil,
    redactor: (_ planAsks: Bool) throws -> Redactor? = { _ in nil }
  ) throws -> (AuditReport, [Diagnostic]) {
    let (run, diagnostics) = try self.run(audit: audit, store: store, dataPath: dataPath)
    let recordedRedacted = try store.recorded(audit: audit)?.redacted ?? false
    let report = try self.report(
      of: run, audit: audit, store: store, moderations: try store.moderations(audit: audit),
      answers: try store.answers(audit: audit),
      redactor: try redactor(run.plan.redact || recordedRedacted))
    return (report, diagnostics + run.data.diagnostics)
  }

  /// The report of a recorded audit's `run` with the judgements and answers given (all of
  /// them, or those one workspace user may see): the one `history report` writes and the
  /// workspace offers, redacted by `redactor` when given (auditors as pseudonyms, notes
  /// withheld).
  public static func report(
    of run: AuditRun, audit: Int64, store: HistoryStore, moderations: [Moderation],
    answers: [PracticeAnswer], redactor: Redactor?
  ) throws -> AuditReport {
    var moderations = moderations
    var answers = answers
    var counted = try store.questionAnswers(audit: audit, answers: answers)
    var shown = run
    if let redactor {
      shown = run.redacted(by: redactor)
      moderations = run.redacting(moderations, as: shown, by: redactor)
      answers = run.redacting(answers, as: shown, by: redactor)
      counted = counted?.redacted(by: redactor)
    }
    var report = AuditReport(run: shown)
    report.history = ReportHistory(
      auditID: audit, trends: try store.trends(plan: run.plan.id, upTo: audit),
      agreement: moderations.isEmpty ? nil : ModerationAgreement(moderations), answers: counted,
      judgements: moderations, practiceAnswers: answers)
    return report
  }

  /// The recorded audit's run, drawn and scored again with real ids, checked to be the one
  /// recorded (same pack, data and sample); the diagnostics are the plan's.
  public static func run(audit: Int64, store: HistoryStore, dataPath: String? = nil) throws
    -> (AuditRun, [Diagnostic])
  {
    try store.requireComplete(audit: audit)
    guard let recorded = try store.recorded(audit: audit) else {
      throw Diagnostic.error("no audit \(audit) in '\(store.path)'")
    }
    let (loaded, diagnostics) = PlanLoader().load(path: recorded.planPath)
    guard let plan = loaded else {
      throw Diagnostic.error("the plan '\(recorded.planPath)' of audit \(audit) no longer loads")
    }
    guard plan.pack.fingerprint == recorded.packFingerprint else {
      throw Diagnostic.error(
        "the rule pack has changed since audit \(audit) (its fingerprint is now"
          + " \(plan.pack.fingerprint.prefix(16))); its findings cannot be reproduced")
    }
    guard let path = dataPath ?? plan.dataPath else {
      throw Diagnostic.error("the plan names no 'data' folder; give --data DIR")
    }
    let fingerprint = AuditRun.fingerprint(of: path)
    guard fingerprint == recorded.dataFingerprint else {
      throw Diagnostic.error(
        "the data in '\(path)' has changed since audit \(audit); its findings cannot be reproduced")
    }
    var excluded = Set<String>()
    if let window = plan.excludeAuditedWithin, let asAt = plan.context.asAt {
      excluded = try store.casesAudited(
        within: window, before: asAt, calendar: plan.pack.calendar, recordedBefore: audit)
    }
    let run = AuditRun(plan: plan, dataPath: path, seed: recorded.seed, excluding: excluded)
    guard run.sample.cases.map(\.frameCase.caseID) == recorded.cases else {
      throw Diagnostic.error("audit \(audit) drew a different sample; it cannot be reproduced")
    }
    return (run, diagnostics)
  }
}
