import Foundation
import Testing

@testable import CaseAudit

/// The report's practice-question section: answers counted per answer, and agreement between
/// auditors with Cohen's kappa checked against a computation by hand.
@Suite struct QuestionAnswersTests {
  static let question = AuditQuestion(
    id: "plan_purposeful", question: "Is the plan purposeful?", guidance: "Read it.",
    scale: [
      .init(key: "yes", label: "Yes"), .init(key: "partly", label: "Partly"),
      .init(key: "no", label: "No"), .init(key: "not_applicable", label: "Not applicable"),
    ])
  static let other = AuditQuestion(
    id: "views_heard", question: "Are the views heard?", guidance: "Read it.",
    scale: [.init(key: "yes"), .init(key: "no")])

  /// Ali's and Bea's answers on cases C01 to C10, and Cy's on C01.
  static let answers: [PracticeAnswer] = {
    let ali = "yes yes yes partly partly no no yes partly no".split(separator: " ")
    let bea = "yes yes partly partly no no no yes partly yes".split(separator: " ")
    var answers: [PracticeAnswer] = []
    for index in 0..<10 {
      let caseID = String(format: "C%02d", index + 1)
      for (auditor, answer) in [("Bea", bea[index]), ("Ali", ali[index])] {
        answers.append(
          PracticeAnswer(
            caseID: caseID, questionID: "plan_purposeful", auditor: auditor,
            answer: String(answer)))
      }
    }
    answers.append(
      PracticeAnswer(caseID: "C01", questionID: "plan_purposeful", auditor: "Cy", answer: "yes"))
    return answers
  }()

  @Test func kappaBetweenAuditorsMatchesAHandComputation() throws {
    let counted = QuestionAnswers(
      questions: [Self.question, Self.other], answers: Self.answers.shuffled(),
      asked: ["plan_purposeful": 12, "views_heard": 12])
    let entry = counted.entries[0]
    #expect(entry.counts.map(\.count) == [9, 6, 6, 0])
    #expect(entry.answers == 21 && entry.cases == 10 && entry.asked == 12)
    let pairs = entry.betweenAuditors
    #expect(pairs.map { "\($0.first)|\($0.second)" } == ["Ali|Bea", "Ali|Cy", "Bea|Cy"])
    // By hand, for Ali and Bea over the 10 cases: they agree on 7 (C01, C02, C04, C06, C07,
    // C08, C09), so p_o = 0.7. Ali answered yes 4, partly 3, no 3 times; Bea yes 4, partly 3,
    // no 3; p_e = (4*4 + 3*3 + 3*3) / 100 = 0.34. Kappa = (0.7 - 0.34) / (1 - 0.34) = 6/11.
    let aliBea = pairs[0].agreement
    #expect(aliBea.count == 10 && aliBea.agreed == 7)
    #expect(abs(try #require(aliBea.kappa) - 6.0 / 11.0) < 1e-12)
    // One case, one answer each: chance agreement is total and kappa undefined.
    #expect(pairs[1].agreement.count == 1 && pairs[1].agreement.kappa == nil)
    #expect(counted.entries[1].answers == 0 && counted.entries[1].betweenAuditors.isEmpty)
  }

  @Test func theSectionShowsCountsAndAgreementInEveryFormat() {
    let counted = QuestionAnswers(
      questions: [Self.question, Self.other], answers: Self.answers,
      asked: ["plan_purposeful": 12, "views_heard": 12])
    let history = ReportHistory(auditID: 1, trends: [], agreement: nil, answers: counted)
    let document = ReportDocument(title: "T", sections: AuditHistorySections.build(history))
    #expect(
      DocumentMarkdown(document: document).render() == """
        # T

        ## Practice questions

        Each auditor's answers to the pack's practice questions, counted per answer: one \
        answer per auditor per case, so a case two auditors answered counts twice. Between \
        auditors: for each pair of auditors, over the cases both answered, percentage agreement \
        and Cohen's kappa over the question's answers (Landis and Koch's words).

        **Is the plan purposeful? (plan_purposeful)**

        | Answer | Answers | Share |
        |---|---:|---:|
        | Yes | 9 | 42.9% |
        | Partly | 6 | 28.6% |
        | No | 6 | 28.6% |
        | Not applicable | 0 | 0.0% |

        21 answers on 10 of the 12 cases asked.

        **Are the views heard? (views_heard)**

        | Answer | Answers | Share |
        |---|---:|---|
        | yes | 0 | — |
        | no | 0 | — |

        0 answers on 0 of the 12 cases asked.

        **Between auditors, per question**

        | Question and auditors | Cases both answered | Agreement | Kappa | Interpretation |
        |---|---:|---:|---:|---|
        | plan_purposeful: Ali and Bea | 10 | 70.0% | 0.55 | moderate |
        | plan_purposeful: Ali and Cy | 1 | 100.0% | — | undefined (one category only) |
        | plan_purposeful: Bea and Cy | 1 | 100.0% | — | undefined (one category only) |

        """)
    let html = DocumentHTML(document: document).render()
    #expect(html.contains("Between auditors, per question"))
  }

  @Test func reportJSONHoldsTheCountsAndAgreement() throws {
    let counted = QuestionAnswers(
      questions: [Self.other], answers: [
        PracticeAnswer(caseID: "C1", questionID: "views_heard", auditor: "Ali", answer: "yes"),
        PracticeAnswer(caseID: "C1", questionID: "views_heard", auditor: "Bea", answer: "no"),
      ], asked: ["views_heard": 3])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let history = ReportHistory(auditID: 1, trends: [], agreement: nil, answers: counted)
    let json = String(decoding: try encoder.encode(HistoryJSON(history: history)), as: UTF8.self)
    #expect(
      json == #"{"audit_id":1,"questions":[{"answers":2,"asked":3,"between_auditors":"#
        + #"[{"agreement":{"agreement":0,"findings":1,"interpretation":"slight","kappa":0},"#
        + #""first":"Ali","second":"Bea"}],"cases":1,"#
        + #""counts":[{"answer":"yes","count":1,"label":"yes"},"#
        + #"{"answer":"no","count":1,"label":"no"}],"question":"Are the views heard?","#
        + #""question_id":"views_heard"}],"trends":[]}"#)
  }

  @Test func withoutAnswersThereIsNoSection() {
    let counted = QuestionAnswers(questions: [Self.question], answers: [], asked: [:])
    let history = ReportHistory(auditID: 1, trends: [], agreement: nil, answers: counted)
    #expect(AuditHistorySections.build(history).isEmpty)
  }

  @Test func aRedactedReportNamesAuditorsByPseudonymOnly() {
    let redactor = Redactor(key: Array(0...31))
    let counted = QuestionAnswers(
      questions: [Self.question], answers: Self.answers, asked: ["plan_purposeful": 12]
    ).redacted(by: redactor)
    let names = ["Ali", "Bea", "Cy"].map { redactor.pseudonym($0, type: "auditor") }
    let pairs = counted.entries[0].betweenAuditors
    // Each pair keeps its figures under the two pseudonyms, in pseudonym order.
    for pair in pairs {
      #expect(names.contains(pair.first) && names.contains(pair.second))
      #expect(pair.first < pair.second)
    }
    #expect(
      pairs.map { Set([$0.first, $0.second]) }.contains(Set([names[0], names[1]])))
    let aliBea = pairs.first { Set([$0.first, $0.second]) == Set([names[0], names[1]]) }
    #expect(aliBea?.agreement.count == 10 && aliBea?.agreement.agreed == 7)
    #expect(counted.entries[0].counts.map(\.count) == [9, 6, 6, 0])
  }
}
