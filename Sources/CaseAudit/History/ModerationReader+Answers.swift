import Foundation

/// The rows of a filled-in findings.csv that answer practice questions: the question's id in
/// `rule_id`, the answer in `auditor_outcome`, checked like the findings' rows.
struct AnswerRows {
  /// Which case, question and auditor an answer is for: the history holds one per key.
  struct Key: Hashable {
    var caseID: String
    var questionID: String
    var auditor: String
  }

  /// The answers read, each case, question and auditor once, in file order.
  var answers: [PracticeAnswer] = []
  private var firstRow: [Key: (row: Int, index: Int)] = [:]

  /// Reads one question row; problems are diagnostics at the row's columns.
  mutating func read(
    _ number: Int, question: AuditQuestion, caseID: String, from reader: ModerationReader,
    cell: (String) -> String, at: (String) -> SourceLocation, _ diagnostics: inout [Diagnostic],
    tally: inout ModerationTally
  ) {
    let questions = reader.questions
    if let problem = questions.askedProblem(caseID: caseID, questionID: question.id) {
      diagnostics.append(.error(problem.message, at: at("case_id"), kind: "unknown question"))
      return
    }
    let expected = [
      "stratum": questions.strata[caseID] ?? "", "outcome": "", "message": question.question,
      "evidence": FindingsCSV.evidence(of: question),
    ]
    var changed = false
    for name in ModerationReader.engineColumns where cell(name) != expected[name] {
      diagnostics.append(
        .error(
          "the question's '\(name)' was changed (the audit recorded"
            + " '\(expected[name] ?? "")'); write the answer in auditor_outcome and a note in"
            + " auditor_note", at: at(name), kind: "engine column changed"))
      changed = true
    }
    if changed { return }
    let text = cell("auditor_outcome").trimmingCharacters(in: .whitespaces)
    if text.isEmpty {
      tally.blank += 1
      return
    }
    let auditor = cell("auditor").trimmingCharacters(in: .whitespaces)
    if let problem = questions.answerProblem(question, answer: text, auditor: auditor) {
      let column = problem.column == .auditor ? "auditor" : "auditor_outcome"
      diagnostics.append(.error(problem.message, at: at(column), kind: "bad answer"))
      return
    }
    let answer = PracticeAnswer(
      caseID: caseID, questionID: question.id, auditor: auditor, answer: text,
      note: cell("auditor_note"))
    let key = Key(caseID: caseID, questionID: question.id, auditor: auditor)
    if let earlier = firstRow[key] {
      let first = answers[earlier.index]
      if first.answer == answer.answer && first.note == answer.note {
        tally.repeated += 1
      } else {
        diagnostics.append(
          .error(
            "row \(earlier.row) already gives auditor '\(auditor)''s answer to this question,"
              + " differently; keep one row per question, case and auditor",
            at: at("auditor_outcome"), kind: "duplicate answer"))
      }
      return
    }
    firstRow[key] = (number, answers.count)
    answers.append(answer)
  }
}
