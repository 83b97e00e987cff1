import Foundation
import Testing

@testable import CaseAudit

/// `history show --format json`: every case's findings with each auditor's judgements and the
/// answers to its practice questions, as the history holds them.
@Suite struct AuditContentsTests {
  static let monday = Date(timeIntervalSince1970: 1_790_000_000)
  static let tuesday = monday.addingTimeInterval(86_400)

  @Test func theJSONHoldsEveryJudgementAndAnswerWithWhoAndWhen() throws {
    let fixture = try QuestionAudit()
    defer { fixture.cleanUp() }
    let (store, audit) = (fixture.store, fixture.audit)
    _ = try store.moderate(
      audit: audit, case: "C1", rule: "reviewed", item: "", auditor: "Bea", outcome: .notMet,
      note: "no \"plan\" on file", at: Self.monday)
    _ = try store.moderate(
      audit: audit, case: "C1", rule: "reviewed", item: "", auditor: "Ali", outcome: .met,
      note: "", at: Self.tuesday)
    try store.recordAnswer(
      audit: audit, caseID: "C1", questionID: "plan_purposeful", auditor: "Ali",
      answer: "partly", note: "visits only", at: Self.monday)
    try store.recordAnswer(
      audit: audit, caseID: "C3", questionID: "views_heard", auditor: "Bea", answer: "no",
      at: Self.tuesday)
    let summary = try #require(try store.audits().first)
    let contents = try #require(try store.contents(audit: audit))
    #expect(
      try contents.json() == """
        {"audit":{"as_at":"2022-03-31","audit_id":1,"cases":3,"complete":true,\
        "data_fingerprint":"\(summary.dataFingerprint)",\
        "pack_fingerprint":"\(summary.packFingerprint)","plan":"probe","seed":7},"cases":[\
        {"answers":[{"answer":"no","answered_at":"2026-09-22T14:13:20Z","auditor":"Bea",\
        "note":"","question_id":"views_heard"}],"case_id":"C3","findings":[{"evidence":"",\
        "item_id":"","judgements":[],"message":"not met: Reviewed","outcome":"not_met",\
        "rule_id":"reviewed"}],"questions":["views_heard"],"stratum":"all cases"},\
        {"answers":[{"answer":"partly","answered_at":"2026-09-21T14:13:20Z","auditor":"Ali",\
        "note":"visits only","question_id":"plan_purposeful"}],"case_id":"C1","findings":[\
        {"evidence":"","item_id":"","judgements":[{"auditor":"Ali","note":"","outcome":"met",\
        "recorded_at":"2026-09-22T14:13:20Z"},{"auditor":"Bea","note":"no \\"plan\\" on file",\
        "outcome":"not_met","recorded_at":"2026-09-21T14:13:20Z"}],"outcome":"met",\
        "rule_id":"reviewed"}],"questions":["plan_purposeful","views_heard"],\
        "stratum":"all cases"},\
        {"answers":[],"case_id":"C2","findings":[{"evidence":"","item_id":"","judgements":[],\
        "message":"not met: Reviewed","outcome":"not_met","rule_id":"reviewed"}],\
        "questions":["views_heard"],"stratum":"all cases"}]}
        """)
    #expect(try store.contents(audit: audit + 1) == nil)
  }

  /// `history moderate` records who (the row's auditor column, which it requires) and when, as
  /// the workspace does; a later file replaces the time with its own.
  @Test func findingsCSVJudgementsAndAnswersRecordWhoAndWhen() throws {
    let fixture = try QuestionAudit()
    defer { fixture.cleanUp() }
    let (store, audit) = (fixture.store, fixture.audit)
    let header =
      "case_id,stratum,rule_id,item_id,outcome,message,evidence,auditor,auditor_outcome,"
      + "auditor_note\n"
    let first = header + """
      C1,all cases,reviewed,,met,,,Ali,not_met,no plan
      C1,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,Bea,no,quiet

      """
    let (_, problems) = try store.moderate(
      audit: audit, csv: Array(first.utf8), path: "f.csv", at: Self.monday)
    #expect(problems.isEmpty)
    let second = header + "C2,all cases,reviewed,,not_met,not met: Reviewed,,Bea,met,seen\n"
    _ = try store.moderate(audit: audit, csv: Array(second.utf8), path: "g.csv", at: Self.tuesday)
    let cases = try #require(try store.contents(audit: audit)).cases
    let byID = Dictionary(uniqueKeysWithValues: cases.map { ($0.caseID, $0) })
    #expect(
      byID["C1"]?.findings.map(\.judgements) == [
        [
          .init(
            auditor: "Ali", outcome: "not_met", note: "no plan", recordedAt: "2026-09-21T14:13:20Z")
        ]
      ])
    #expect(
      byID["C1"]?.answers == [
        .init(
          questionID: "views_heard", auditor: "Bea", answer: "no", note: "quiet",
          answeredAt: "2026-09-21T14:13:20Z")
      ])
    #expect(
      byID["C2"]?.findings.map(\.judgements) == [
        [.init(auditor: "Bea", outcome: "met", note: "seen", recordedAt: "2026-09-22T14:13:20Z")]
      ])
    #expect(byID["C3"]?.findings.map(\.judgements) == [[]])
    // A row with an outcome and no auditor is refused at its column: nothing is stored unnamed.
    let unnamed = header + "C3,all cases,reviewed,,not_met,not met: Reviewed,,,met,\n"
    let (_, refused) = try store.moderate(audit: audit, csv: Array(unnamed.utf8), path: "h.csv")
    #expect(
      refused.map { $0.rendered() } == [
        "h.csv:2:8: error: an auditor_outcome needs the auditor's name"
      ])
    #expect(try store.contents(audit: audit)?.cases.first?.findings.first?.judgements == [])
  }
}
