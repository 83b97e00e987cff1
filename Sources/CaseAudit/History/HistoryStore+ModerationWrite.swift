import Foundation
import GRDB

/// Where every moderation is written, from findings.csv (`history moderate`) or from the
/// workspace's forms, so both routes store the same records.
extension HistoryStore {
  /// Stores moderations (already checked against the audit's findings) in one transaction,
  /// each with the time it was written; one the history holds as it is stays unchanged. The
  /// tally's `added`, `replaced` and `unchanged` say what became of each.
  public func store(_ moderations: [Moderation], audit: Int64, at date: Date = Date()) throws
    -> ModerationTally
  {
    try database.write { db in
      try HistoryStore.store(moderations, audit: audit, at: date, in: db)
    }
  }

  /// As `store(_:audit:at:)`, within a transaction `db` of the caller's (findings.csv's rows
  /// store their answers to practice questions in the same one).
  static func store(_ moderations: [Moderation], audit: Int64, at date: Date, in db: Database)
    throws -> ModerationTally
  {
    var tally = ModerationTally()
    let stamp = ISO8601DateFormatter().string(from: date)
    let statement = try db.makeStatement(
      sql: """
        INSERT OR REPLACE INTO moderation
          (audit_id, case_id, rule_id, item_id, auditor, outcome, note, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    // What the history holds already, read in the same transaction it is written in, so
    // two writers at once each count against what the other wrote.
    var held: [Moderation.Key: (outcome: String, note: String)] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT * FROM moderation WHERE audit_id = ?", arguments: [audit])
    {
      let key = Moderation.Key(
        finding: FindingKey(case: row["case_id"], rule: row["rule_id"], item: row["item_id"]),
        auditor: row["auditor"])
      held[key] = (row["outcome"], row["note"])
    }
    for item in moderations {
      if let earlier = held[item.key] {
        if earlier.outcome == item.outcome.rawValue && earlier.note == item.note {
          tally.unchanged += 1
          continue
        }
        tally.replaced += 1
      } else {
        tally.added += 1
      }
      try statement.execute(arguments: [
        audit, item.caseID, item.ruleID, item.itemID, item.auditor, item.outcome.rawValue,
        item.note, stamp,
      ])
    }
    return tally
  }

  /// Records one auditor's outcome and note for one finding (`item` '' for the case-level
  /// finding) of a complete audit, checked against the recorded findings: an unknown finding
  /// is an error and nothing is stored.
  public func moderate(
    audit: Int64, case caseID: String, rule: String, item: String, auditor: String,
    outcome: Outcome, note: String, at date: Date = Date()
  ) throws -> ModerationTally {
    try requireComplete(audit: audit)
    let key = FindingKey(case: caseID, rule: rule, item: item)
    guard let engine = try storedFindings(audit: audit)[key] else {
      throw Diagnostic.error(
        "no finding of rule '\(rule)'" + (item.isEmpty ? "" : ", item '\(item)'")
          + " in this case of audit \(audit)")
    }
    let moderation = Moderation(
      caseID: caseID, ruleID: rule, itemID: item, auditor: auditor, outcome: outcome,
      engineOutcome: Outcome(rawValue: engine["outcome"] ?? "") ?? .notApplicable, note: note)
    return try store([moderation], audit: audit, at: date)
  }
}
