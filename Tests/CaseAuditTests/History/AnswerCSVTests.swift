import Foundation
import Testing

@testable import CaseAudit

/// findings.csv's practice-question rows: written after each case's findings, and read back by
/// `moderate` as answers, every problem at its row and column.
@Suite struct AnswerCSVTests {
  static let header =
    "case_id,stratum,rule_id,item_id,outcome,message,evidence,auditor,auditor_outcome,"
    + "auditor_note"

  @Test func eachCaseGetsARowPerQuestionThatAppliesToIt() throws {
    let fixture = try QuestionAudit()
    defer { fixture.cleanUp() }
    let csv = try String(
      contentsOfFile: fixture.folder.path + "/report/findings.csv", encoding: .utf8)
    #expect(
      csv.replacingOccurrences(of: "\r\n", with: "\n") == """
        \(Self.header)
        C3,all cases,reviewed,,not_met,not met: Reviewed,,,,
        C3,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,,,
        C1,all cases,reviewed,,met,,,,,
        C1,all cases,plan_purposeful,,,Is the plan purposeful?,"answer: yes, partly, no or \
        not_applicable",,,
        C1,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,,,
        C2,all cases,reviewed,,not_met,not met: Reviewed,,,,
        C2,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,,,

        """)
  }

  @Test func filledInQuestionRowsAreStoredAsAnswers() throws {
    let fixture = try QuestionAudit()
    defer { fixture.cleanUp() }
    let csv = """
      \(Self.header)
      C1,all cases,reviewed,,met,,,Ali,met,
      C1,all cases,plan_purposeful,,,Is the plan purposeful?,"answer: yes, partly, no or \
      not_applicable",Ali,partly,visits only
      C1,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,Ali,yes,
      C1,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,Bea,no,
      C2,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,,,

      """
    let time = Date(timeIntervalSince1970: 1_790_000_000)
    let (tally, diagnostics) = try fixture.store.moderate(
      audit: fixture.audit, csv: Array(csv.utf8), path: "f.csv", at: time)
    #expect(diagnostics.isEmpty)
    #expect(
      tally.sentence(audit: fixture.audit)
        == "1 moderated finding stored for audit 1 (1 new), and 3 answers to practice questions"
        + " (3 new); of the file's 5 rows, 1 has no auditor_outcome")
    #expect(
      try fixture.store.answers(audit: fixture.audit) == [
        PracticeAnswer(
          caseID: "C1", questionID: "plan_purposeful", auditor: "Ali", answer: "partly",
          note: "visits only", answeredAt: time),
        PracticeAnswer(
          caseID: "C1", questionID: "views_heard", auditor: "Ali", answer: "yes",
          answeredAt: time),
        PracticeAnswer(
          caseID: "C1", questionID: "views_heard", auditor: "Bea", answer: "no",
          answeredAt: time),
      ])
    let (again, _) = try fixture.store.moderate(
      audit: fixture.audit, csv: Array(csv.utf8), path: "f.csv", at: time)
    #expect(
      again.sentence(audit: fixture.audit)
        == "0 moderated findings stored for audit 1; of the file's 5 rows, 1 has no"
        + " auditor_outcome, 4 were stored before as they are and left unchanged")
  }

  @Test func everyBadQuestionRowIsAnErrorAndNothingIsStored() throws {
    let fixture = try QuestionAudit()
    defer { fixture.cleanUp() }
    let csv = """
      \(Self.header)
      C1,all cases,plan_purposeful,,,Is the plan purposeful?,"answer: yes, partly, no or \
      not_applicable",Ali,partially,
      C1,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,Ali,maybe,
      C1,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,,yes,
      C2,all cases,plan_purposeful,,,Is the plan purposeful?,"answer: yes, partly, no or \
      not_applicable",Ali,yes,
      C3,all cases,views_heard,,,Are the views heard?,answer: yes or no,Ali,yes,
      C2,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,Bea,no,
      C2,all cases,views_heard,,,Are the child's views heard?,answer: yes or no,Bea,yes,
      C2,all cases,reviewed,,not_met,not met: Reviewed,,Bea,met,

      """
    let (tally, diagnostics) = try fixture.store.moderate(
      audit: fixture.audit, csv: Array(csv.utf8), path: "f.csv")
    #expect(
      diagnostics.map { $0.rendered() }.joined(separator: "\n") == """
        f.csv:2:9: error: unknown answer 'partially' to question 'plan_purposeful'; did you \
        mean 'partly'?
        f.csv:3:9: error: unknown answer 'maybe' to question 'views_heard'; expected yes or no
        f.csv:4:8: error: an answer needs the auditor's name
        f.csv:5:1: error: question 'plan_purposeful' does not apply to case 'C2' (its \
        applies_to was false when the audit ran)
        f.csv:6:6: error: the question's 'message' was changed (the audit recorded 'Are the \
        child's views heard?'); write the answer in auditor_outcome and a note in auditor_note
        f.csv:8:9: error: row 7 already gives auditor 'Bea''s answer to this question, \
        differently; keep one row per question, case and auditor
        """)
    #expect(tally == ModerationTally())
    #expect(try fixture.store.answers(audit: fixture.audit).isEmpty)
    #expect(try fixture.store.moderations(audit: fixture.audit).isEmpty)
  }
}
