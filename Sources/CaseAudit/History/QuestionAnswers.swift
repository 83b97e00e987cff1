/// The answers to an audit's practice questions as its report shows them: per question, the
/// count of each answer and, where two auditors answered the same case, their agreement.
public struct QuestionAnswers: Sendable {
  /// One question's answers.
  public struct Entry: Sendable {
    /// The question, as the audit recorded it.
    public var question: AuditQuestion
    /// Each answer of its scale, in order, with how many answers gave it (one per auditor per
    /// case).
    public var counts: [(choice: PracticeQuestion.Choice, count: Int)]
    /// Answers given (ratings: a case two auditors answered counts twice).
    public var answers: Int
    /// Cases answered by at least one auditor.
    public var cases: Int
    /// Cases the audit asked the question of.
    public var asked: Int
    /// Between each pair of auditors (in name order) who answered the same cases.
    public var betweenAuditors: [(first: String, second: String, agreement: Agreement)]
  }

  /// The questions, in the pack's order.
  public var entries: [Entry]

  /// Counts `answers` to `questions`; `asked` gives the cases each question was asked of.
  public init(questions: [AuditQuestion], answers: [PracticeAnswer], asked: [String: Int]) {
    let byQuestion = Dictionary(grouping: answers, by: \.questionID)
    entries = questions.map { question in
      let given = byQuestion[question.id] ?? []
      let byCase = Dictionary(grouping: given, by: \.caseID)
      let auditors = Set(given.map(\.auditor)).sorted()
      var pairs: [(String, String, Agreement)] = []
      for (index, first) in auditors.enumerated() {
        for second in auditors.dropFirst(index + 1) {
          // Cases in id order, so the pairs (and any tie) never depend on the history's order.
          let rated = byCase.keys.sorted().compactMap { caseID -> (String, String)? in
            let group = byCase[caseID]!
            guard let a = group.first(where: { $0.auditor == first }),
              let b = group.first(where: { $0.auditor == second })
            else { return nil }
            return (a.answer, b.answer)
          }
          if !rated.isEmpty { pairs.append((first, second, Agreement(rated))) }
        }
      }
      return Entry(
        question: question,
        counts: question.scale.map { choice in
          (choice, given.filter { $0.answer == choice.key }.count)
        }, answers: given.count, cases: byCase.count, asked: asked[question.id] ?? 0,
        betweenAuditors: pairs)
    }
  }

  /// Whether any question has an answer: the report shows the section only then.
  public var hasAnswers: Bool { entries.contains { $0.answers > 0 } }

  /// What the figures count and how kappa is computed, said above them.
  public static let method =
    "Each auditor's answers to the pack's practice questions, counted per answer: one answer"
    + " per auditor per case, so a case two auditors answered counts twice. Between auditors:"
    + " for each pair of auditors, over the cases both answered, percentage agreement and"
    + " Cohen's kappa over the question's answers (Landis and Koch's words)."
}

extension QuestionAnswers {
  /// The answers with auditors as pseudonyms, as a redacted report shows them (the counts
  /// name no case and show no note).
  public func redacted(by redactor: Redactor) -> QuestionAnswers {
    var copy = self
    for index in copy.entries.indices {
      copy.entries[index].betweenAuditors = copy.entries[index].betweenAuditors.map { pair in
        let names = [
          redactor.pseudonym(pair.first, type: "auditor"),
          redactor.pseudonym(pair.second, type: "auditor"),
        ].sorted()
        return (names[0], names[1], pair.agreement)
      }.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }
    return copy
  }
}
