import Foundation
import GRDB
import Testing

@testable import CaseAudit

/// Answers to practice questions in the history: stored per audit, case, question and auditor;
/// refused, with nothing stored, when they are not on the scale or the question does not apply.
@Suite struct AnswerRecordingTests {
  @Test func anAuditRecordsItsQuestionsAndTheCasesTheyApplyTo() throws {
    let fixture = try QuestionAudit()
    defer { fixture.cleanUp() }
    let store = fixture.store
    let all = try store.questions(audit: fixture.audit)
    #expect(all.map(\.id) == ["plan_purposeful", "views_heard"])
    #expect(all[0].keys == ["yes", "partly", "no", "not_applicable"])
    #expect(all[1].question == "Are the child's views heard?")
    #expect(all[1].guidance == "Read the review.")
    for (caseID, ids) in [
      ("C1", ["plan_purposeful", "views_heard"]), ("C2", ["views_heard"]), ("C3", ["views_heard"]),
      ("C9", []),
    ] {
      #expect(try store.questions(audit: fixture.audit, caseID: caseID).map(\.id) == ids)
    }
  }

  @Test func anAnswerIsStoredReplacedAndLeftWhenUnchanged() throws {
    let fixture = try QuestionAudit()
    defer { fixture.cleanUp() }
    let (store, audit) = (fixture.store, fixture.audit)
    let monday = Date(timeIntervalSince1970: 1_790_000_000)
    let tuesday = monday.addingTimeInterval(86_400)
    let first = try store.recordAnswer(
      audit: audit, caseID: "C1", questionID: "plan_purposeful", auditor: "Ali", answer: "partly",
      note: "visits but no follow-up", at: monday)
    #expect(first == .added)
    let again = try store.recordAnswer(
      audit: audit, caseID: "C1", questionID: "plan_purposeful", auditor: " Ali ",
      answer: "partly", note: "visits but no follow-up", at: tuesday)
    #expect(again == .unchanged)
    try store.recordAnswer(
      audit: audit, caseID: "C2", questionID: "views_heard", auditor: "Bea", answer: "no",
      at: monday)
    let changed = try store.recordAnswer(
      audit: audit, caseID: "C2", questionID: "views_heard", auditor: "Bea", answer: "yes",
      at: tuesday)
    #expect(changed == .replaced)
    #expect(
      try store.answers(audit: audit) == [
        PracticeAnswer(
          caseID: "C1", questionID: "plan_purposeful", auditor: "Ali", answer: "partly",
          note: "visits but no follow-up", answeredAt: monday),
        PracticeAnswer(
          caseID: "C2", questionID: "views_heard", auditor: "Bea", answer: "yes", note: "",
          answeredAt: tuesday),
      ])
    #expect(try store.answers(audit: audit, caseID: "C2").map(\.auditor) == ["Bea"])
  }

  @Test func aBadAnswerIsRefusedWithAMessageAndNothingStored() throws {
    let fixture = try QuestionAudit()
    defer { fixture.cleanUp() }
    let (store, audit) = (fixture.store, fixture.audit)
    let attempts: [(String, String, String, String, String)] = [
      (
        "C1", "plan_purposeful", "Ali", "partially",
        "unknown answer 'partially' to question 'plan_purposeful'; did you mean 'partly'?"
      ),
      (
        "C1", "views_heard", "Ali", "maybe",
        "unknown answer 'maybe' to question 'views_heard'; expected yes or no"
      ),
      (
        "C2", "plan_purposeful", "Ali", "yes",
        "question 'plan_purposeful' does not apply to case 'C2' (its applies_to was false when"
          + " the audit ran)"
      ),
      ("C9", "views_heard", "Ali", "yes", "no case 'C9' in audit 1"),
      (
        "C1", "views_herd", "Ali", "yes",
        "no practice question 'views_herd' in audit 1; did you mean 'views_heard'?"
      ),
      ("C1", "views_heard", "  ", "yes", "an answer needs the auditor's name"),
    ]
    for (caseID, question, auditor, answer, message) in attempts {
      #expect {
        try store.recordAnswer(
          audit: audit, caseID: caseID, questionID: question, auditor: auditor, answer: answer)
      } throws: { error in
        (error as? Diagnostic)?.rendered() == "error: " + message
      }
    }
    #expect {
      try store.recordAnswer(
        audit: 2, caseID: "C1", questionID: "views_heard", auditor: "Ali", answer: "yes")
    } throws: { error in
      (error as? Diagnostic)?.rendered() == "error: no audit 2 in '\(store.path)'"
    }
    #expect(try store.answers(audit: audit).isEmpty)
  }

  @Test func aHistoryMadeBeforeQuestionsOpensAndGainsThem() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-old-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.path + "/history.sqlite"
    do {
      let old = try DatabaseQueue(path: path)
      try HistoryStore.migrator.migrate(old, upTo: "v3 completion")
      try old.write { db in
        try db.execute(
          sql: """
            INSERT INTO audit (plan_id, plan_title, plan_path, seed, pack_id, pack_version,
              pack_fingerprint, data_fingerprint, population, excluded, recorded_at)
            VALUES ('p', 'P', 'p.yaml', '7', 'iro', '1', 'f', 'd', 3, 0, '2026-01-01T00:00:00Z');
            INSERT INTO sample VALUES (1, 'C1', 'all', 'k', 'good', 1.0);
            """)
      }
    }
    let store = try HistoryStore(path: path)
    #expect(try store.audits().map(\.auditID) == [1])
    #expect(try store.questions(audit: 1).isEmpty)
    #expect(try store.answers(audit: 1).isEmpty)
    #expect {
      try store.recordAnswer(
        audit: 1, caseID: "C1", questionID: "views_heard", auditor: "Ali", answer: "yes")
    } throws: { error in
      (error as? Diagnostic)?.rendered()
        == "error: no practice question 'views_heard' in audit 1; the audit recorded no practice"
        + " questions"
    }
  }
}
