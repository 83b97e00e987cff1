import Foundation

/// An audit recorded in the history together with its report folder, so the two never disagree:
/// the audit is recorded as incomplete, its report (naming the audit's id) written, and the
/// audit then marked complete. A run whose report was not written removes its record; one whose
/// report was written keeps it, even when marking it complete fails, as the report names it.
public enum RecordedReport {
  /// Records `run` in `store`, writes `report` (with the audit's id and trends) in `formats`
  /// into `folder` and marks the audit complete; returns the audit's id. `redacted` says the
  /// report is redacted, so the history's later views of the audit are too.
  public static func write(
    _ report: AuditReport, of run: AuditRun, formats: [String], to folder: String,
    in store: HistoryStore, redacted: Bool = false
  ) throws -> Int64 {
    try write(
      report, of: run, formats: formats, to: folder, in: store, redacted: redacted,
      markComplete: { try store.markComplete(audit: $0) })
  }

  /// As `write(_:of:formats:to:in:)`, marking the audit complete with `markComplete`, so a
  /// test can make that step fail.
  static func write(
    _ report: AuditReport, of run: AuditRun, formats: [String], to folder: String,
    in store: HistoryStore, redacted: Bool = false, markComplete: (Int64) throws -> Void
  ) throws -> Int64 {
    let id = try store.record(run, excluded: run.excludedByHistory, redacted: redacted)
    var report = report
    do {
      report.history = ReportHistory(
        auditID: id, trends: try store.trends(plan: run.plan.id, upTo: id), agreement: nil)
      let files = try AuditReportFiles.render(report, formats: formats)
      HistoryStore.pauseBeforeReportForCrashTest()
      try ReportFolder.write(files, to: folder)
    } catch {
      try? store.discardIncomplete(audit: id)
      throw error
    }
    do {
      try markComplete(id)
    } catch {
      let cause = (error as? Diagnostic)?.message ?? error.localizedDescription
      throw Diagnostic.error(
        "the report of audit \(id) is in '\(folder)', but the audit could not be marked"
          + " complete in '\(store.path)' (\(cause)); it stays recorded as incomplete")
    }
    return id
  }
}
