import GRDB

/// The practice questions an audit recorded and the cases each applies to: what an answer is
/// checked against, by `recordAnswer` and by findings.csv's question rows alike.
struct AuditQuestions {
  /// The audit.
  var audit: Int64
  /// The questions, in the pack's order.
  var ordered: [AuditQuestion]
  /// The ids of the questions that apply, by case; every sampled case has an entry.
  var applying: [String: Set<String>]
  /// Each sampled case's stratum, as findings.csv shows it.
  var strata: [String: String]

  /// A question by id.
  func question(_ id: String) -> AuditQuestion? { ordered.first { $0.id == id } }

  /// Reads an audit's questions and sampled cases.
  static func read(_ db: Database, audit: Int64) throws -> AuditQuestions {
    let ordered = try Row.fetchAll(
      db,
      sql: "SELECT * FROM question WHERE audit_id = ? ORDER BY position", arguments: [audit]
    ).map { row in
      AuditQuestion(
        id: row["question_id"], question: row["question"], guidance: row["guidance"],
        scale: AuditQuestion.scale(json: row["scale"]))
    }
    var applying: [String: Set<String>] = [:]
    var strata: [String: String] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT case_id, stratum FROM sample WHERE audit_id = ?", arguments: [audit])
    {
      applying[row["case_id"]] = []
      strata[row["case_id"]] = row["stratum"]
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT case_id, question_id FROM case_question WHERE audit_id = ?",
      arguments: [audit])
    {
      applying[row["case_id"], default: []].insert(row["question_id"])
    }
    return AuditQuestions(audit: audit, ordered: ordered, applying: applying, strata: strata)
  }

  /// Why this answer cannot be stored, with the column it concerns; nil when it can. Nothing
  /// personal is quoted beyond the value in question.
  func problem(caseID: String, questionID: String, answer: String, auditor: String)
    -> (message: String, column: AnswerColumn)?
  {
    if let problem = askedProblem(caseID: caseID, questionID: questionID) { return problem }
    guard let question = question(questionID) else { return nil }
    return answerProblem(question, answer: answer, auditor: auditor)
  }

  /// Why the audit did not ask this question of this case; nil when it did.
  func askedProblem(caseID: String, questionID: String) -> (message: String, column: AnswerColumn)?
  {
    guard question(questionID) != nil else {
      let ids = ordered.map(\.id)
      let expected = ids.isEmpty ? "; the audit recorded no practice questions" : ""
      return (
        "no practice question '\(questionID)' in audit \(audit)"
          + (expected.isEmpty ? NearMiss.hint(for: questionID, among: ids) : expected),
        .question
      )
    }
    guard let applying = applying[caseID] else {
      return ("no case '\(caseID)' in audit \(audit)", .case)
    }
    guard applying.contains(questionID) else {
      return (
        "question '\(questionID)' does not apply to case '\(caseID)' (its applies_to was false"
          + " when the audit ran)", .case
      )
    }
    return nil
  }

  /// Why an answer to a question the case was asked cannot be stored; nil when it can.
  func answerProblem(_ question: AuditQuestion, answer: String, auditor: String)
    -> (message: String, column: AnswerColumn)?
  {
    guard question.keys.contains(answer) else {
      let hint = NearMiss.hint(for: answer, among: question.keys, expected: question.keysText)
      return ("unknown answer '\(answer)' to question '\(question.id)'\(hint)", .answer)
    }
    guard !auditor.isEmpty else { return ("an answer needs the auditor's name", .auditor) }
    return nil
  }

  /// Which part of an answer a problem is about (in findings.csv, the column it points at).
  enum AnswerColumn {
    case `case`, question, answer, auditor
  }
}
