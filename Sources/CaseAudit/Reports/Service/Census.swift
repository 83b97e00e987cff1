/// Every case of an export scored against a pack for one period (a census): what the service
/// report is built from, where an audit scores only a sample.
public struct Census: Sendable {
  /// The pack.
  public var pack: RulePack
  /// The as-at date and period scored.
  public var context: AuditContext
  /// The import (diagnostics and counts for data quality), its dataset redacted when asked.
  public var data: ImportResult
  /// SHA-256 of the export's files (see `AuditRun.fingerprint(of:)`).
  public var dataFingerprint: String
  /// The scorer: every enabled rule, in pack order.
  public var scorer: Scorer
  /// The rows of every case, in row order.
  public var rows: [Int]
  /// Every case's outcome of every scored rule, in row order, with the items' outcomes of the
  /// rules the pack's reports read with `rule_outcome`.
  public var outcomes: CaseOutcomes
  /// Whether ids, references and personal fields are pseudonyms.
  public var redacted: Bool

  /// Scores every case of an imported export; with a redactor, the data is pseudonymised first,
  /// so nothing scored or shown from here on carries a real id or name. `progress` is given the
  /// number of cases scored so far and the total, from any thread.
  public init(
    pack: RulePack, data: ImportResult, dataFingerprint: String, context: AuditContext,
    redactor: Redactor? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.pack = pack
    self.context = context
    self.dataFingerprint = dataFingerprint
    var data = data
    if let redactor { data.dataset = data.dataset.redacted(by: redactor) }
    self.data = data
    redacted = redactor != nil
    scorer = Scorer(pack: pack)
    rows = Array(0..<data.dataset.tables[pack.schema.caseType].count)
    let total = rows.count
    // Outcomes, not findings: the report shows counts, never a case's messages or evidence.
    outcomes = scorer.outcomes(
      data.dataset, context: context, rows: rows,
      keepingItemsOf: Set(pack.reports.flatMap(\.outcomeRules))
    ) { progress?($0, total) }
  }

  /// Every case's findings, in row order, scored again on each call: for a caller that needs
  /// what a finding says; the report reads `outcomes`.
  public var results: [CaseResult] { scorer.score(data.dataset, context: context, rows: rows) }

  /// The outcomes a report's tables read: the census's own when they keep the items of every
  /// rule `ids` names, else those rules scored again with their items.
  public func outcomes(keepingItemsOf ids: [String]) -> CaseOutcomes {
    guard !ids.allSatisfy(outcomes.keepsItems(of:)) else { return outcomes }
    return outcomes(for: context, rules: ids)
  }

  /// The same cases scored for another context (the year before), by only the rules named,
  /// with their items' outcomes: the earlier year's tables need only the outcomes they count.
  public func outcomes(for other: AuditContext, rules ids: [String]) -> CaseOutcomes {
    guard !ids.isEmpty else { return CaseOutcomes(caseCount: rows.count) }
    return Scorer(pack: pack, only: ids).outcomes(
      data.dataset, context: other, rows: rows, keepingItemsOf: Set(ids))
  }

  /// The same context a year earlier: period and as-at moved back twelve months, or as many
  /// whole years as keep the two periods apart when the period is longer than a year. A start
  /// keeps its day of the month (29 February becomes 28 February); an end and the as-at date
  /// keep their distance from the month's end, so a year to 28 February 2021 is compared with
  /// the year to 29 February 2020. Nil where a date would leave the supported years.
  public static func yearBefore(_ context: AuditContext) -> AuditContext? {
    var years = 1
    if let start = context.periodStart, let end = context.periodEnd {
      while let moved = endBack(end, years: years), moved >= start, years < 100 { years += 1 }
    }
    func back(_ day: Day?, _ move: (Day) -> Day?) -> Day?? {
      guard let day else { return .some(nil) }
      guard let moved = move(day) else { return nil }
      return .some(moved)
    }
    guard let start = back(context.periodStart, { $0.adding(months: -12 * years) }),
      let end = back(context.periodEnd, { endBack($0, years: years) }),
      let asAt = back(context.asAt, { endBack($0, years: years) })
    else { return nil }
    return AuditContext(asAt: asAt, periodStart: start, periodEnd: end)
  }

  /// The last day of a span ending on `day`, moved back whole years: the day after it moved
  /// back, less a day.
  private static func endBack(_ day: Day, years: Int) -> Day? {
    day.adding(days: 1)?.adding(months: -12 * years)?.adding(days: -1)
  }
}
