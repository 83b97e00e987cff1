import Foundation
import GRDB

/// Practice questions in the history: an audit records the questions its pack asks and which
/// cases each applies to; auditors' answers are stored per audit, case, question and auditor.
extension HistoryStore {
  /// Records the questions of `run`'s pack that apply to its cases, inside `record`'s
  /// transaction.
  static func recordQuestions(_ run: AuditRun, audit: Int64, in db: Database) throws {
    let questions = run.plan.pack.questions
    guard !questions.isEmpty else { return }
    let question = try db.makeStatement(sql: "INSERT INTO question VALUES (?, ?, ?, ?, ?, ?)")
    for (position, item) in questions.enumerated() {
      let recorded = AuditQuestion(item)
      try question.execute(arguments: [
        audit, item.id, position, item.question, item.guidance, recorded.scaleJSON,
      ])
    }
    let applying = try db.makeStatement(sql: "INSERT INTO case_question VALUES (?, ?, ?)")
    for (caseID, questions) in run.applicableQuestions() {
      for item in questions { try applying.execute(arguments: [audit, caseID, item.id]) }
    }
  }

  /// Stores one auditor's answer to a practice question about a case, in one transaction that
  /// records when. An answer not on the question's scale, a question the audit did not ask of
  /// the case, an unknown case or question, or an empty auditor is refused with a message
  /// (a `Diagnostic`) and nothing is stored; so is an incomplete audit. The same auditor's
  /// earlier answer is replaced.
  @discardableResult
  public func recordAnswer(
    audit: Int64, caseID: String, questionID: String, auditor: String, answer: String,
    note: String = "", at time: Date = Date()
  ) throws -> AnswerChange {
    try requireComplete(audit: audit)
    let auditor = auditor.trimmingCharacters(in: .whitespaces)
    let answer = answer.trimmingCharacters(in: .whitespaces)
    return try database.write { db in
      let questions = try AuditQuestions.read(db, audit: audit)
      if let problem = questions.problem(
        caseID: caseID, questionID: questionID, answer: answer, auditor: auditor)
      {
        throw Diagnostic.error(problem.message)
      }
      return try HistoryStore.store(
        PracticeAnswer(
          caseID: caseID, questionID: questionID, auditor: auditor, answer: answer, note: note,
          answeredAt: time), audit: audit, in: db)
    }
  }

  /// Stores a checked answer unless the history holds it already; says which it did.
  static func store(_ answer: PracticeAnswer, audit: Int64, in db: Database) throws
    -> AnswerChange
  {
    let earlier = try Row.fetchOne(
      db,
      sql: """
        SELECT answer, note FROM answer
        WHERE audit_id = ? AND case_id = ? AND question_id = ? AND auditor = ?
        """, arguments: [audit, answer.caseID, answer.questionID, answer.auditor])
    if let earlier, earlier["answer"] == answer.answer, earlier["note"] == answer.note {
      return .unchanged
    }
    try db.execute(
      sql: "INSERT OR REPLACE INTO answer VALUES (?, ?, ?, ?, ?, ?, ?)",
      arguments: [
        audit, answer.caseID, answer.questionID, answer.auditor, answer.answer, answer.note,
        ISO8601DateFormatter().string(from: answer.answeredAt),
      ])
    return earlier == nil ? .added : .replaced
  }

  /// The practice questions an audit recorded, in the pack's order; with `caseID`, only those
  /// that apply to that case. Audits recorded before questions existed have none.
  public func questions(audit: Int64, caseID: String? = nil) throws -> [AuditQuestion] {
    try database.read { db in
      let questions = try AuditQuestions.read(db, audit: audit)
      guard let caseID else { return questions.ordered }
      let applying = questions.applying[caseID] ?? []
      return questions.ordered.filter { applying.contains($0.id) }
    }
  }

  /// The answers recorded for an audit (or one of its cases), by case, question and auditor.
  public func answers(audit: Int64, caseID: String? = nil) throws -> [PracticeAnswer] {
    try database.read { db in
      var sql = "SELECT * FROM answer WHERE audit_id = ?"
      var arguments: StatementArguments = [audit]
      if let caseID {
        sql += " AND case_id = ?"
        arguments += [caseID]
      }
      sql += " ORDER BY case_id, question_id, auditor"
      return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
        PracticeAnswer(
          caseID: row["case_id"], questionID: row["question_id"], auditor: row["auditor"],
          answer: row["answer"], note: row["note"],
          answeredAt: ISO8601DateFormatter().date(from: row["answered_at"])
            ?? Date(
              timeIntervalSince1970: 0))
      }
    }
  }
}

extension HistoryStore {
  /// How many cases of an audit each practice question was asked of, by question id.
  public func askedCases(audit: Int64) throws -> [String: Int] {
    try database.read { db in
      var counts: [String: Int] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT question_id, COUNT(*) AS n FROM case_question WHERE audit_id = ?
          GROUP BY question_id
          """, arguments: [audit])
      {
        counts[row["question_id"]] = row["n"]
      }
      return counts
    }
  }

  /// The answers to an audit's practice questions as its report counts them (`answers`, or
  /// all the history holds); nil when the audit recorded no questions.
  public func questionAnswers(audit: Int64, answers: [PracticeAnswer]? = nil) throws
    -> QuestionAnswers?
  {
    let questions = try questions(audit: audit)
    guard !questions.isEmpty else { return nil }
    return QuestionAnswers(
      questions: questions, answers: try answers ?? self.answers(audit: audit),
      asked: try askedCases(audit: audit))
  }
}
