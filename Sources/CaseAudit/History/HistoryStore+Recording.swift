import Foundation
import GRDB

extension HistoryStore {
  /// Records an audit in one transaction, as incomplete until `markComplete(audit:)` says its
  /// report is in place, and returns its id. `redacted` says its report was redacted.
  public func record(
    _ run: AuditRun, excluded: Int, redacted: Bool = false, recordedAt: Date = Date()
  ) throws -> Int64 {
    let plan = run.plan
    do {
      return try database.write { db in
        try db.execute(
          sql: """
            INSERT INTO audit (plan_id, plan_title, plan_path, as_at, period_start, period_end,
              seed, pack_id, pack_version, pack_fingerprint, data_fingerprint, population,
              excluded, recorded_at, complete, redacted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
            """,
          arguments: [
            plan.id, plan.title, plan.path, plan.context.asAt?.description,
            plan.context.periodStart?.description, plan.context.periodEnd?.description,
            String(run.sample.seed), plan.pack.id, plan.pack.version, plan.pack.fingerprint,
            run.dataFingerprint, run.sample.population, excluded,
            ISO8601DateFormatter().string(from: recordedAt), redacted,
          ])
        let id = db.lastInsertedRowID
        let sample = try db.makeStatement(
          sql: "INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?)")
        let finding = try db.makeStatement(
          sql: "INSERT INTO finding VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (drawn, result) in zip(run.sample.cases, run.results) {
          try sample.execute(arguments: [
            id, result.caseID, drawn.frameCase.stratum, drawn.key.hex, result.grade, result.score,
          ])
          for entry in result.findings {
            try finding.execute(arguments: [
              id, result.caseID, entry.ruleID, "", entry.outcome.rawValue, entry.message,
              ReportFormatting.evidence(entry.evidence),
            ])
            for item in entry.items {
              try finding.execute(arguments: [
                id, result.caseID, entry.ruleID, item.itemID, item.outcome.rawValue, item.message,
                ReportFormatting.evidence(item.evidence),
              ])
            }
          }
        }
        try HistoryStore.recordQuestions(run, audit: id, in: db)
        try HistoryStore.pauseForCrashTest()
        return id
      }
    } catch let diagnostic as Diagnostic {
      throw diagnostic
    } catch {
      throw Diagnostic.error("cannot record the audit in '\(path)': \(error)")
    }
  }

  /// The cases sampled by complete audits (of any plan) recorded earlier whose as-at date is
  /// within the window ending at `asAt` (from `asAt` minus the window up to and including
  /// `asAt`): two audits as at the same quarter end must not draw the same children. An
  /// incomplete audit has no report, so its cases were not audited.
  public func casesAudited(
    within window: Duration, before asAt: Day, calendar: HolidayCalendar,
    recordedBefore audit: Int64 = .max
  ) throws -> Set<String> {
    let from: Day
    if let back = window.negated, let day = calendar.add(back, to: asAt) {
      from = day
    } else if window.unit == .workingDays, calendar.coveredYears != nil {
      throw Diagnostic.error(
        "the exclusion window of \(window) before \(asAt) reaches outside the calendar's years"
          + " (\(calendar.coveredYearsText)); give it in days, weeks, months or years")
    } else {
      from = .earliest  // the window reaches back past 0001-01-01: every earlier audit
    }
    return try database.read { db in
      Set(
        try String.fetchAll(
          db,
          sql: """
            SELECT DISTINCT sample.case_id FROM sample JOIN audit ON audit.id = sample.audit_id
            WHERE audit.as_at >= ? AND audit.as_at <= ? AND audit.id < ?
              AND audit.complete = 1
            """, arguments: [from.description, asAt.description, audit]))
    }
  }

  /// A test hook: with CASEAUDIT_PAUSE_IN_TRANSACTION set, recording sleeps inside its
  /// transaction so a test can kill the writer there and check the history survives.
  static func pauseForCrashTest() throws {
    pause(variable: "CASEAUDIT_PAUSE_IN_TRANSACTION", saying: "paused in transaction")
  }

  /// A test hook: with CASEAUDIT_PAUSE_BEFORE_REPORT set, an audit sleeps after recording and
  /// before writing its report, so a test can kill it there and see the audit incomplete.
  public static func pauseBeforeReportForCrashTest() {
    pause(variable: "CASEAUDIT_PAUSE_BEFORE_REPORT", saying: "paused before the report")
  }

  private static func pause(variable: String, saying message: String) {
    if let seconds = ProcessInfo.processInfo.environment[variable], let value = Double(seconds) {
      FileHandle.standardError.write(Data((message + "\n").utf8))
      Thread.sleep(forTimeInterval: value)
    }
  }
}
