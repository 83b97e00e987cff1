import GRDB

/// One recorded audit, as `history list` shows it.
public struct AuditSummary: Sendable, Hashable, Codable {
  /// The audit's id in the history.
  public var auditID: Int64
  /// The plan's id.
  public var plan: String
  /// The as-at date.
  public var asAt: String?
  /// The seed.
  public var seed: UInt64
  /// Cases sampled.
  public var cases: Int
  /// The pack's fingerprint.
  public var packFingerprint: String
  /// The data's fingerprint.
  public var dataFingerprint: String
  /// Whether its report was written; an audit whose run was stopped first is incomplete.
  public var complete: Bool

  enum CodingKeys: String, CodingKey {
    case auditID = "audit_id"
    case plan
    case asAt = "as_at"
    case seed, cases
    case packFingerprint = "pack_fingerprint"
    case dataFingerprint = "data_fingerprint"
    case complete
  }
}

extension HistoryStore {
  /// Every audit, oldest first.
  public func audits() throws -> [AuditSummary] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT audit.id, plan_id, as_at, seed, pack_fingerprint, data_fingerprint, complete,
            (SELECT COUNT(*) FROM sample WHERE sample.audit_id = audit.id) AS cases
          FROM audit ORDER BY audit.id
          """
      ).map { row in
        AuditSummary(
          auditID: row["id"], plan: row["plan_id"], asAt: row["as_at"],
          seed: UInt64(row["seed"] as String) ?? 0,
          cases: row["cases"], packFingerprint: row["pack_fingerprint"],
          dataFingerprint: row["data_fingerprint"], complete: row["complete"])
      }
    }
  }

  /// One audit's findings per rule: outcome counts over its cases, for `history show`.
  public func ruleOutcomes(audit: Int64) throws -> [(rule: String, counts: OutcomeCounts)] {
    try database.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT rule_id, outcome, COUNT(*) AS n FROM finding
          WHERE audit_id = ? AND item_id = '' GROUP BY rule_id, outcome ORDER BY rule_id
          """, arguments: [audit])
      var counts: [String: OutcomeCounts] = [:]
      var order: [String] = []
      for row in rows {
        let rule: String = row["rule_id"]
        if counts[rule] == nil { order.append(rule) }
        let outcome = Outcome(rawValue: row["outcome"]) ?? .notApplicable
        for _ in 0..<(row["n"] as Int) { counts[rule, default: OutcomeCounts()].add(outcome) }
      }
      return order.map { ($0, counts[$0]!) }
    }
  }
}
