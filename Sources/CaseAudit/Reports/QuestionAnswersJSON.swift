/// The practice questions in report.json's history: per question, the count of each answer and
/// the agreement between auditors, as the report's section shows them.
struct QuestionAnswersJSON: Encodable {
  let answers: QuestionAnswers

  private enum Keys: String, CodingKey {
    case questionID = "question_id"
    case question, asked, answers, cases, counts, answer, label, count
    case betweenAuditors = "between_auditors"
    case first, second, agreement
  }

  func encode(to encoder: Encoder) throws {
    var list = encoder.unkeyedContainer()
    for entry in answers.entries {
      var object = list.nestedContainer(keyedBy: Keys.self)
      try object.encode(entry.question.id, forKey: .questionID)
      try object.encode(entry.question.question, forKey: .question)
      try object.encode(entry.asked, forKey: .asked)
      try object.encode(entry.answers, forKey: .answers)
      try object.encode(entry.cases, forKey: .cases)
      var counts = object.nestedUnkeyedContainer(forKey: .counts)
      for (choice, count) in entry.counts {
        var item = counts.nestedContainer(keyedBy: Keys.self)
        try item.encode(choice.key, forKey: .answer)
        try item.encode(choice.label, forKey: .label)
        try item.encode(count, forKey: .count)
      }
      var pairs = object.nestedUnkeyedContainer(forKey: .betweenAuditors)
      for pair in entry.betweenAuditors {
        var item = pairs.nestedContainer(keyedBy: Keys.self)
        try item.encode(pair.first, forKey: .first)
        try item.encode(pair.second, forKey: .second)
        try item.encode(HistoryJSON.AgreementJSON(pair.agreement), forKey: .agreement)
      }
    }
  }
}
