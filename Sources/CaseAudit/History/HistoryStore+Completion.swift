import GRDB

/// An audit is recorded first and marked complete once its report folder is in place: a run
/// killed between the two leaves an incomplete audit, which `history list` and `show` say is
/// incomplete and which neither exclusion windows nor trends count, since no report of it exists.
extension HistoryStore {
  /// Marks an audit complete: its report is in place.
  public func markComplete(audit: Int64) throws {
    try database.write { db in
      try db.execute(sql: "UPDATE audit SET complete = 1 WHERE id = ?", arguments: [audit])
    }
  }

  /// Removes an incomplete audit whose report could not be written, so a failed run leaves the
  /// history as it was; a complete audit is never removed.
  public func discardIncomplete(audit: Int64) throws {
    try database.write { db in
      let complete = try Bool.fetchOne(
        db, sql: "SELECT complete FROM audit WHERE id = ?", arguments: [audit])
      guard complete == false else { return }
      for table in ["answer", "case_question", "question", "moderation", "finding", "sample"] {
        try db.execute(sql: "DELETE FROM \(table) WHERE audit_id = ?", arguments: [audit])
      }
      try db.execute(sql: "DELETE FROM audit WHERE id = ?", arguments: [audit])
    }
  }

  /// Throws unless the audit is recorded and complete: an incomplete one has no report to
  /// moderate or write again.
  public func requireComplete(audit: Int64) throws {
    let complete = try database.read { db in
      try Bool.fetchOne(db, sql: "SELECT complete FROM audit WHERE id = ?", arguments: [audit])
    }
    guard let complete else { throw Diagnostic.error("no audit \(audit) in '\(path)'") }
    guard complete else {
      throw Diagnostic.error(
        "audit \(audit) is incomplete: its run stopped before its report was written; run the"
          + " audit again")
    }
  }
}
