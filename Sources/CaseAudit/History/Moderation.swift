import Foundation
import GRDB

/// An auditor's own outcome for one finding of a recorded audit.
public struct Moderation: Sendable, Hashable {
  /// The case.
  public var caseID: String
  /// The rule.
  public var ruleID: String
  /// The item ('' for the case-level finding).
  public var itemID: String
  /// The auditor.
  public var auditor: String
  /// The auditor's outcome.
  public var outcome: Outcome
  /// The engine's outcome for the same finding.
  public var engineOutcome: Outcome
  /// The auditor's note.
  public var note: String

  /// Which finding and auditor it is: the history holds one moderation per key.
  struct Key: Hashable {
    var finding: FindingKey
    var auditor: String
  }

  var key: Key {
    Key(finding: FindingKey(case: caseID, rule: ruleID, item: itemID), auditor: auditor)
  }
}

extension HistoryStore {
  /// Reads a moderated findings.csv against the audit's stored findings and practice questions
  /// and stores the auditors' outcomes and answers (answered at `time`) in one transaction;
  /// every problem is a diagnostic at its row and column, and with any error nothing is stored.
  /// The tally says what happened to every row.
  public func moderate(audit: Int64, csv bytes: [UInt8], path: String, at time: Date = Date())
    throws -> (tally: ModerationTally, diagnostics: [Diagnostic])
  {
    try requireComplete(audit: audit)
    let (table, problems) = CSVReader().read(bytes, path: path)
    var diagnostics = problems
    var tally = ModerationTally()
    guard let table else { return (tally, diagnostics) }
    let stored = try storedFindings(audit: audit)
    guard !stored.isEmpty else {
      throw Diagnostic.error("no audit \(audit) in '\(self.path)'")
    }
    let questions = try database.read { try AuditQuestions.read($0, audit: audit) }
    let reader = ModerationReader(table: table, stored: stored, questions: questions)
    let (moderations, answers) = reader.read(&diagnostics, tally: &tally)
    var list = DiagnosticList()
    list.append(contentsOf: diagnostics)
    diagnostics = list.sorted
    guard !list.hasErrors else { return (ModerationTally(), diagnostics) }
    // Moderations and answers in one transaction: with either, or neither.
    try database.write { db in
      let written = try HistoryStore.store(moderations, audit: audit, at: time, in: db)
      tally.added = written.added
      tally.replaced = written.replaced
      tally.unchanged = written.unchanged
      for var answer in answers {
        answer.answeredAt = time
        switch try HistoryStore.store(answer, audit: audit, in: db) {
        case .added: tally.answersAdded += 1
        case .replaced: tally.answersReplaced += 1
        case .unchanged: tally.unchanged += 1
        }
      }
    }
    return (tally, diagnostics)
  }

  /// The stored findings of an audit, by (case, rule, item): the engine's columns as written to
  /// findings.csv.
  func storedFindings(audit: Int64) throws -> [FindingKey: [String: String]] {
    try database.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT finding.case_id, finding.rule_id, finding.item_id, finding.outcome,
            finding.message, finding.evidence, sample.stratum
          FROM finding JOIN sample ON sample.audit_id = finding.audit_id
            AND sample.case_id = finding.case_id
          WHERE finding.audit_id = ?
          """, arguments: [audit])
      var result: [FindingKey: [String: String]] = [:]
      for row in rows {
        let key = FindingKey(case: row["case_id"], rule: row["rule_id"], item: row["item_id"])
        result[key] = [
          "stratum": row["stratum"], "outcome": row["outcome"],
          "message": (row["message"] as String?) ?? "", "evidence": row["evidence"],
        ]
      }
      return result
    }
  }

  /// Every moderation of an audit, with the engine's outcome beside it.
  public func moderations(audit: Int64) throws -> [Moderation] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT moderation.*, finding.outcome AS engine FROM moderation
          JOIN finding ON finding.audit_id = moderation.audit_id
            AND finding.case_id = moderation.case_id AND finding.rule_id = moderation.rule_id
            AND finding.item_id = moderation.item_id
          WHERE moderation.audit_id = ?
          ORDER BY moderation.case_id, moderation.rule_id, moderation.item_id, moderation.auditor
          """, arguments: [audit]
      ).map { row in
        Moderation(
          caseID: row["case_id"], ruleID: row["rule_id"], itemID: row["item_id"],
          auditor: row["auditor"], outcome: Outcome(rawValue: row["outcome"]) ?? .notApplicable,
          engineOutcome: Outcome(rawValue: row["engine"]) ?? .notApplicable, note: row["note"])
      }
    }
  }
}

/// A finding's identity in an audit.
struct FindingKey: Hashable {
  var `case`: String
  var rule: String
  var item: String
}
