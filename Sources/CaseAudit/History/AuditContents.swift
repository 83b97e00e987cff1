import Foundation
import GRDB

/// What the history holds of one audit's cases, as `history show --format json` writes it:
/// each sampled case's findings with every auditor's judgement of them (who, outcome, note,
/// when) and the auditors' answers to its practice questions.
public struct AuditContents: Sendable, Hashable, Codable {
  /// The audit, as `history list` shows it.
  public var audit: AuditSummary
  /// The sampled cases, in sample order.
  public var cases: [Case]

  /// One sampled case.
  public struct Case: Sendable, Hashable, Codable {
    /// The case's id (as recorded: the real id, even for a redacted audit).
    public var caseID: String
    /// Its stratum ('' for an unstratified sample).
    public var stratum: String
    /// Its grade; nil when the pack grades none.
    public var grade: String?
    /// Its findings, case-level and per item, in the order findings.csv lists them.
    public var findings: [Finding]
    /// The practice questions the audit asked of it, in the pack's order.
    public var questions: [String]
    /// The answers to them, by question (in the pack's order) and auditor.
    public var answers: [Answer]

    enum CodingKeys: String, CodingKey {
      case caseID = "case_id"
      case stratum, grade, findings, questions, answers
    }
  }

  /// One finding of the engine's and the auditors' judgements of it.
  public struct Finding: Sendable, Hashable, Codable {
    /// The rule.
    public var ruleID: String
    /// The item ('' for the case-level finding).
    public var itemID: String
    /// The engine's outcome.
    public var outcome: String
    /// The engine's message, if any.
    public var message: String?
    /// The evidence, as findings.csv shows it.
    public var evidence: String
    /// Every auditor's judgement, by auditor name.
    public var judgements: [Judgement]

    enum CodingKeys: String, CodingKey {
      case ruleID = "rule_id"
      case itemID = "item_id"
      case outcome, message, evidence, judgements
    }
  }

  /// One auditor's outcome for a finding, from the workspace or findings.csv.
  public struct Judgement: Sendable, Hashable, Codable {
    /// Who.
    public var auditor: String
    /// Their outcome.
    public var outcome: String
    /// Their note ('' for none).
    public var note: String
    /// When it was written (ISO 8601, UTC); nil for one stored before the time was kept.
    public var recordedAt: String?

    enum CodingKeys: String, CodingKey {
      case auditor, outcome, note
      case recordedAt = "recorded_at"
    }
  }

  /// One auditor's answer to a practice question about the case.
  public struct Answer: Sendable, Hashable, Codable {
    /// The question's id.
    public var questionID: String
    /// Who.
    public var auditor: String
    /// Their answer: a key of the question's scale.
    public var answer: String
    /// Their note ('' for none).
    public var note: String
    /// When it was given (ISO 8601, UTC).
    public var answeredAt: String

    enum CodingKeys: String, CodingKey {
      case questionID = "question_id"
      case auditor, answer, note
      case answeredAt = "answered_at"
    }
  }

  /// The document as one line of JSON, keys sorted.
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}

extension HistoryStore {
  /// Everything the history holds of an audit's cases; nil when it has no such audit. Read in
  /// one transaction, so a judgement written meanwhile is in it whole or not at all.
  public func contents(audit: Int64) throws -> AuditContents? {
    guard let summary = try audits().first(where: { $0.auditID == audit }) else { return nil }
    return try database.read { db in
      var judgements: [FindingKey: [AuditContents.Judgement]] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT * FROM moderation WHERE audit_id = ? ORDER BY auditor",
        arguments: [audit])
      {
        judgements[FindingKey(case: row["case_id"], rule: row["rule_id"], item: row["item_id"]),
          default: []].append(
            AuditContents.Judgement(
              auditor: row["auditor"], outcome: row["outcome"], note: row["note"],
              recordedAt: row["recorded_at"]))
      }
      var findings: [String: [AuditContents.Finding]] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT * FROM finding WHERE audit_id = ? ORDER BY rowid", arguments: [audit])
      {
        let key = FindingKey(case: row["case_id"], rule: row["rule_id"], item: row["item_id"])
        findings[key.case, default: []].append(
          AuditContents.Finding(
            ruleID: key.rule, itemID: key.item, outcome: row["outcome"], message: row["message"],
            evidence: row["evidence"], judgements: judgements[key] ?? []))
      }
      var questions: [String: [String]] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT case_question.case_id, case_question.question_id FROM case_question
          JOIN question ON question.audit_id = case_question.audit_id
            AND question.question_id = case_question.question_id
          WHERE case_question.audit_id = ? ORDER BY question.position
          """, arguments: [audit])
      {
        questions[row["case_id"], default: []].append(row["question_id"])
      }
      var answers: [String: [AuditContents.Answer]] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT answer.* FROM answer
          LEFT JOIN question ON question.audit_id = answer.audit_id
            AND question.question_id = answer.question_id
          WHERE answer.audit_id = ? ORDER BY question.position, answer.auditor
          """, arguments: [audit])
      {
        answers[row["case_id"], default: []].append(
          AuditContents.Answer(
            questionID: row["question_id"], auditor: row["auditor"], answer: row["answer"],
            note: row["note"], answeredAt: row["answered_at"]))
      }
      let cases = try Row.fetchAll(
        db, sql: "SELECT * FROM sample WHERE audit_id = ? ORDER BY rowid", arguments: [audit]
      ).map { row in
        let caseID: String = row["case_id"]
        return AuditContents.Case(
          caseID: caseID, stratum: row["stratum"], grade: row["grade"],
          findings: findings[caseID] ?? [], questions: questions[caseID] ?? [],
          answers: answers[caseID] ?? [])
      }
      return AuditContents(audit: summary, cases: cases)
    }
  }
}
