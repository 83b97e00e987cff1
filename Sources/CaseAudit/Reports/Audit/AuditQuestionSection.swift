/// The practice questions' section of an audit report: per question, how many answers gave
/// each answer, and how far auditors who answered the same cases agree.
enum AuditQuestionSection {
  /// The section, when any question has an answer.
  static func build(_ answers: QuestionAnswers?) -> ReportSection? {
    guard let answers, answers.hasAnswers else { return nil }
    var blocks: [ReportBlock] = [.paragraph(QuestionAnswers.method)]
    for entry in answers.entries {
      let question = entry.question
      blocks.append(
        .table(
          ReportTable(
            id: "question_\(question.id)", title: "\(question.question) (\(question.id))",
            note: "\(entry.answers) answer\(entry.answers == 1 ? "" : "s") on \(entry.cases) of"
              + " the \(entry.asked) case\(entry.asked == 1 ? "" : "s") asked.",
            rowHeading: "Answer",
            columns: [
              ReportColumn(key: "answers", label: "Answers"),
              ReportColumn(key: "share", label: "Share"),
            ],
            rows: entry.counts.map { choice, count in
              let share: ReportCell =
                entry.answers == 0
                ? .empty : .proportion(Double(count) / Double(entry.answers), places: 1)
              return ReportRow(key: choice.key, label: choice.label, cells: [.count(count), share])
            })))
    }
    let pairs = answers.entries.flatMap { entry in
      entry.betweenAuditors.map { pair in
        (
          key: "\(entry.question.id)|\(pair.first)|\(pair.second)",
          label: "\(entry.question.id): \(pair.first) and \(pair.second)",
          value: pair.agreement
        )
      }
    }
    if !pairs.isEmpty {
      blocks.append(
        .table(
          AuditHistorySections.agreementTable(
            id: "question_agreement", title: "Between auditors, per question",
            counted: "Cases both answered", rowHeading: "Question and auditors", rows: pairs)))
    }
    return ReportSection(id: "questions", heading: "Practice questions", blocks: blocks)
  }
}
