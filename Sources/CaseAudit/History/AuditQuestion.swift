import Foundation

/// A practice question as an audit recorded it: the question, guidance and scale the pack had
/// when the audit ran, so answers are checked against what the auditors were asked.
public struct AuditQuestion: Sendable, Hashable {
  /// The question's id.
  public var id: String
  /// The question.
  public var question: String
  /// How to answer it.
  public var guidance: String
  /// The answers, in the pack's order.
  public var scale: [PracticeQuestion.Choice]

  /// Creates a recorded question.
  public init(id: String, question: String, guidance: String, scale: [PracticeQuestion.Choice]) {
    self.id = id
    self.question = question
    self.guidance = guidance
    self.scale = scale
  }

  /// The recorded form of a pack's question.
  public init(_ question: PracticeQuestion) {
    self.init(
      id: question.id, question: question.question, guidance: question.guidance,
      scale: question.scale)
  }

  /// The scale's keys, in order.
  public var keys: [String] { scale.map(\.key) }

  /// The scale as messages and findings.csv show it: `yes, partly, no or not_applicable`.
  public var keysText: String {
    guard keys.count > 1 else { return keys.first ?? "" }
    return keys.dropLast().joined(separator: ", ") + " or " + keys[keys.count - 1]
  }

  /// The scale as stored: a JSON list of `[key, label]` pairs.
  var scaleJSON: String {
    let pairs = scale.map { [$0.key, $0.label] }
    let data = (try? JSONEncoder().encode(pairs)) ?? Data("[]".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// A scale read back from its stored JSON.
  static func scale(json: String) -> [PracticeQuestion.Choice] {
    let pairs = (try? JSONDecoder().decode([[String]].self, from: Data(json.utf8))) ?? []
    return pairs.compactMap { pair in
      pair.first.map { PracticeQuestion.Choice(key: $0, label: pair.count > 1 ? pair[1] : nil) }
    }
  }
}

/// One auditor's answer to a practice question about one case of an audit.
public struct PracticeAnswer: Sendable, Hashable {
  /// The case.
  public var caseID: String
  /// The question.
  public var questionID: String
  /// Who answered.
  public var auditor: String
  /// The answer: a key of the question's scale.
  public var answer: String
  /// The auditor's note ('' for none).
  public var note: String
  /// When the answer was recorded.
  public var answeredAt: Date

  /// Creates an answer.
  public init(
    caseID: String, questionID: String, auditor: String, answer: String, note: String = "",
    answeredAt: Date = Date()
  ) {
    self.caseID = caseID
    self.questionID = questionID
    self.auditor = auditor
    self.answer = answer
    self.note = note
    self.answeredAt = answeredAt
  }
}

/// What recording an answer did.
public enum AnswerChange: String, Sendable, Hashable {
  /// The auditor had not answered the question for the case: stored.
  case added
  /// The auditor's earlier, different answer or note was replaced.
  case replaced
  /// The history held the same answer and note already: left as it was.
  case unchanged
}
