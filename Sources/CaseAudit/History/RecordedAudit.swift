import GRDB

/// What the history holds about one audit to run it again: its plan, seed and fingerprints.
public struct RecordedAudit: Sendable, Hashable {
  /// The audit's id.
  public var auditID: Int64
  /// The plan's id.
  public var planID: String
  /// The plan file as it was named.
  public var planPath: String
  /// The seed.
  public var seed: UInt64
  /// The pack's fingerprint then.
  public var packFingerprint: String
  /// The data's fingerprint then.
  public var dataFingerprint: String
  /// The sampled case ids, in sample order.
  public var cases: [String]
  /// Whether its report was redacted (by `--redact` or the plan).
  public var redacted: Bool = false
}

extension HistoryStore {
  /// One recorded audit, or nil.
  public func recorded(audit: Int64) throws -> RecordedAudit? {
    try database.read { db in
      guard
        let row = try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE id = ?", arguments: [audit])
      else { return nil }
      let cases = try String.fetchAll(
        db, sql: "SELECT case_id FROM sample WHERE audit_id = ? ORDER BY rowid", arguments: [audit])
      return RecordedAudit(
        auditID: audit, planID: row["plan_id"], planPath: row["plan_path"],
        seed: UInt64(row["seed"] as String) ?? 0, packFingerprint: row["pack_fingerprint"],
        dataFingerprint: row["data_fingerprint"], cases: cases, redacted: row["redacted"])
    }
  }
}
