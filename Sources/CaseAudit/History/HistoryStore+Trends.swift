import GRDB

extension HistoryStore {
  /// Each rule's trend over the complete audits of a plan recorded up to and including `audit`,
  /// in as-at order (then period end, period start, and the order recorded), with the reported
  /// audit compared with the one before it by as-at date.
  public func trends(plan: String, upTo audit: Int64) throws -> [Trend] {
    try database.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT audit.id, audit.as_at, finding.rule_id,
            SUM(finding.outcome = 'met') AS met,
            SUM(finding.outcome IN ('met', 'not_met')) AS decided
          FROM audit JOIN finding ON finding.audit_id = audit.id AND finding.item_id = ''
          WHERE audit.plan_id = ? AND audit.id <= ? AND (audit.complete = 1 OR audit.id = ?)
          GROUP BY audit.id, finding.rule_id
          ORDER BY finding.rule_id, audit.as_at IS NULL, audit.as_at, audit.period_end,
            audit.period_start, audit.id
          """, arguments: [plan, audit, audit])
      var order: [String] = []
      var points: [String: [Trend.Point]] = [:]
      for row in rows {
        let rule: String = row["rule_id"]
        if points[rule] == nil { order.append(rule) }
        points[rule, default: []].append(
          Trend.Point(
            auditID: row["id"], asAt: (row["as_at"] as String?) ?? "-", met: row["met"],
            decided: row["decided"]))
      }
      return try order.map { rule in
        let line = points[rule]!
        guard let index = line.firstIndex(where: { $0.auditID == audit }), index > 0 else {
          return Trend(ruleID: rule, points: line, comparison: nil)
        }
        let comparison = try HistoryStore.compare(
          line[index - 1], line[index], rule: rule, db: db)
        return Trend(ruleID: rule, points: line, comparison: comparison)
      }
    }
  }

  /// Two audits' figures for a rule, with the cases both sampled and how those changed.
  private static func compare(
    _ previous: Trend.Point, _ current: Trend.Point, rule: String, db: Database
  ) throws -> Trend.Comparison {
    let shared = try Int.fetchOne(
      db,
      sql: """
        SELECT COUNT(*) FROM sample AS a JOIN sample AS b ON a.case_id = b.case_id
        WHERE a.audit_id = ? AND b.audit_id = ?
        """, arguments: [previous.auditID, current.auditID]) ?? 0
    let count = { (audit: Int64) in
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM sample WHERE audit_id = ?", arguments: [audit]) ?? 0
    }
    let changes = try Row.fetchOne(
      db,
      sql: """
        SELECT COALESCE(SUM(a.outcome = 'met' AND b.outcome = 'not_met'), 0) AS worse,
          COALESCE(SUM(a.outcome = 'not_met' AND b.outcome = 'met'), 0) AS better,
          COALESCE(SUM(a.outcome IN ('met', 'not_met') AND b.outcome IN ('met', 'not_met')), 0)
            AS decided
        FROM finding AS a JOIN finding AS b
          ON a.case_id = b.case_id AND a.rule_id = b.rule_id AND a.item_id = b.item_id
        WHERE a.audit_id = ? AND b.audit_id = ? AND a.rule_id = ? AND a.item_id = ''
        """, arguments: [previous.auditID, current.auditID, rule])
    return Trend.Comparison(
      previous: previous, current: current,
      cases: (try count(previous.auditID), try count(current.auditID)), sharedCases: shared,
      decidedInBoth: changes?["decided"] ?? 0, metThenNotMet: changes?["worse"] ?? 0,
      notMetThenMet: changes?["better"] ?? 0)
  }
}
