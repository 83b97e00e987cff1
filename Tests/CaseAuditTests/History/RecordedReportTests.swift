import Foundation
import Testing

@testable import CaseAudit

/// The history and the report folder never disagree: an audit whose report was written is kept
/// (incomplete when it cannot be marked complete); one whose report was not is removed.
@Suite struct RecordedReportTests {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The sample plan's audit, a history and a temporary folder of the test's own.
  private func withAudit(_ body: (AuditRun, HistoryStore, String) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-recorded-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = RecordedReportTests.root.appendingPathComponent(
      "Samples/iro-quarterly-dip-sample.yaml"
    ).path
    let plan = try #require(PlanLoader().load(path: path).0)
    let run = AuditRun(plan: plan, dataPath: try #require(plan.dataPath), seed: 7)
    let store = try HistoryStore(path: folder.path + "/history.sqlite")
    try body(run, store, folder.path)
  }

  @Test func aWrittenReportKeepsItsAuditWhenMarkingItCompleteFails() throws {
    try withAudit { run, store, folder in
      let out = folder + "/report"
      #expect {
        try RecordedReport.write(
          AuditReport(run: run), of: run, formats: ["md"], to: out, in: store,
          markComplete: { _ in throw Diagnostic.error("database is locked") })
      } throws: { error in
        (error as? Diagnostic)?.rendered()
          == "error: the report of audit 1 is in '\(out)', but the audit could not be marked"
          + " complete in '\(store.path)' (database is locked); it stays recorded as incomplete"
      }
      #expect(FileManager.default.fileExists(atPath: out + "/report.md"))
      #expect {
        try store.requireComplete(audit: 1)
      } throws: { error in
        (error as? Diagnostic)?.rendered()
          == "error: audit 1 is incomplete: its run stopped before its report was written;"
          + " run the audit again"
      }
    }
  }

  @Test func anUnwrittenReportRemovesItsAudit() throws {
    try withAudit { run, store, folder in
      let out = folder + "/file.txt"
      try "text\n".write(toFile: out, atomically: true, encoding: .utf8)
      #expect(throws: Diagnostic.self) {
        try RecordedReport.write(
          AuditReport(run: run), of: run, formats: ["md"], to: out, in: store)
      }
      #expect {
        try store.requireComplete(audit: 1)
      } throws: { error in
        (error as? Diagnostic)?.rendered() == "error: no audit 1 in '\(store.path)'"
      }
    }
  }

  @Test func aWrittenReportsAuditIsComplete() throws {
    try withAudit { run, store, folder in
      let id = try RecordedReport.write(
        AuditReport(run: run), of: run, formats: ["md"], to: folder + "/report", in: store)
      #expect(id == 1)
      try store.requireComplete(audit: id)
    }
  }
}
