import GRDB

/// One rule's compliance in the audits of a plan, oldest first, and whether the latest change
/// is larger than chance.
public struct Trend: Sendable {
  /// One audit's figures.
  public struct Point: Sendable, Hashable {
    /// The audit's id.
    public var auditID: Int64
    /// Its as-at date.
    public var asAt: String
    /// Cases met.
    public var met: Int
    /// Cases met or not met.
    public var decided: Int
    /// Met over decided.
    public var compliance: Double? { decided == 0 ? nil : Double(met) / Double(decided) }
    /// The 95% Wilson interval.
    public var interval: ClosedRange<Double>? { ProportionIntervals.wilson(met, decided) }
  }

  /// The rule.
  public var ruleID: String
  /// The audits, oldest first (the last is the audit reported).
  public var points: [Point]

  /// Fisher's exact p-value for the last audit against the one before it.
  public var pValue: Double? {
    guard points.count >= 2 else { return nil }
    let (a, b) = (points[points.count - 2], points[points.count - 1])
    guard a.decided > 0, b.decided > 0 else { return nil }
    return FisherExact.twoSided(a.met, a.decided - a.met, b.met, b.decided - b.met)
  }

  /// Whether the last change is larger than chance at the 5% level.
  public var significant: Bool { (pValue ?? 1) < 0.05 }
}

extension HistoryStore {
  /// Each rule's trend over the audits of a plan up to and including `audit`.
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
          GROUP BY audit.id, finding.rule_id ORDER BY finding.rule_id, audit.id
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
      return order.map { Trend(ruleID: $0, points: points[$0]!) }
    }
  }
}
