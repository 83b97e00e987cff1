/// The per-standard tables of an audit: cases by outcome with the statistics, and the items
/// (reviews, periods, escalations, actions) within the sampled cases.
enum AuditRuleTables {
  private static let outcomeColumns = [
    ReportColumn(key: "applicable", label: "Applicable"), ReportColumn(key: "met", label: "Met"),
    ReportColumn(key: "not_met", label: "Not met"),
    ReportColumn(key: "insufficient_evidence", label: "Insufficient evidence"),
    ReportColumn(key: "compliance", label: "Compliance"),
  ]

  /// Each standard's cases by outcome, compliance, interval, bound and population estimate.
  static func cases(_ statistics: [RuleStatistics]) -> ReportTable {
    ReportTable(
      id: "standards", title: "Standards in the sampled cases", rowHeading: "Standard",
      columns: outcomeColumns + [
        ReportColumn(key: "interval", label: "95% interval"),
        ReportColumn(key: "non_compliance_upper", label: "Non-compliance at most"),
        ReportColumn(key: "population_estimate", label: "Population estimate"),
      ],
      rows: statistics.map { rule in
        ReportRow(
          key: rule.ruleID, label: "\(rule.title) (\(rule.ruleID))",
          cells: counts(rule.cases) + [
            rule.wilson.map { .text(ReportFormatting.interval($0)) } ?? .empty,
            proportion(rule.nonComplianceUpper),
            rule.populationEstimate.map { .text(ReportFormatting.estimate($0)) } ?? .empty,
          ])
      })
  }

  /// The items of the standards that score items.
  static func items(_ statistics: [RuleStatistics]) -> ReportTable {
    ReportTable(
      id: "items", title: "Items within the sampled cases (reviews, periods, escalations, actions)",
      rowHeading: "Standard", columns: outcomeColumns,
      rows: statistics.compactMap { rule in
        rule.items.map { ReportRow(key: rule.ruleID, label: rule.ruleID, cells: counts($0)) }
      })
  }

  private static func counts(_ counts: OutcomeCounts) -> [ReportCell] {
    [
      .count(counts.applicable), .count(counts.met), .count(counts.notMet),
      .count(counts.insufficientEvidence), proportion(counts.compliance),
    ]
  }

  static func proportion(_ value: Double?) -> ReportCell {
    value.map { .proportion($0, places: 1) } ?? .empty
  }
}
