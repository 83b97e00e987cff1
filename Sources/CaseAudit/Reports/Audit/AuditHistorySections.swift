import Foundation

/// What the history adds to an audit's document: trends against the plan's earlier audits, and
/// the agreement of the auditors' moderation.
enum AuditHistorySections {
  private typealias F = ReportFormatting

  /// The sections there are: trends when the plan has earlier audits, moderation when the
  /// audit has been moderated.
  static func build(_ history: ReportHistory?) -> [ReportSection] {
    guard let history else { return [] }
    return [trends(history), moderation(history), AuditQuestionSection.build(history.answers)]
      .compactMap { $0 }
  }

  private static func trends(_ history: ReportHistory) -> ReportSection? {
    let trends = history.trends.filter { $0.points.count > 1 }
    guard !trends.isEmpty else { return nil }
    let table = ReportTable(
      id: "trends", title: "Compliance by audit", rowHeading: "Standard",
      columns: [
        ReportColumn(key: "audits", label: "Audits"),
        ReportColumn(key: "change", label: "Change from the previous"),
        ReportColumn(key: "test", label: "Test"),
        ReportColumn(key: "p", label: "p"),
        ReportColumn(key: "larger_than_chance", label: "Larger than chance"),
      ],
      rows: trends.map { trend in
        let change = trend.comparison.flatMap { pair in
          pair.previous.compliance.flatMap { old in
            pair.current.compliance.map { ($0 - old) * 100 }
          }
        }
        return ReportRow(
          key: trend.ruleID, label: trend.ruleID,
          cells: [
            .text(audits(trend)),
            change.map { .text(($0 >= 0 ? "+" : "") + String(format: "%.1f", $0) + " points") }
              ?? .empty,
            .text(trend.testText),
            trend.pValue.map { .number($0, places: 3) } ?? .empty,
            trend.comparison == nil ? .empty : .text(trend.significant ? "yes" : "no"),
          ])
      })
    let figures = trends.map { trend -> ReportBlock in
      let p = trend.pValue.map { String(format: "%.3f", $0) } ?? "-"
      let verdict = trend.significant ? "a change larger than chance" : "within chance"
      return .figure(
        ReportFigure(
          caption: "\(trend.ruleID): p = \(p) (\(trend.testText)), \(verdict)",
          svg: TrendChartSVG.render(trend),
          description: "Compliance with \(trend.ruleID) by audit: \(audits(trend))"))
    }
    return ReportSection(
      id: "trends", heading: "Trends",
      blocks: [
        .paragraph(Trend.method(history.trends)),
        .table(table),
      ] + figures)
  }

  private static func audits(_ trend: Trend) -> String {
    trend.points.map { "\($0.asAt): \(F.percent($0.compliance))" }.joined(separator: "; ")
  }

  fileprivate static func moderation(_ history: ReportHistory) -> ReportSection? {
    guard let agreement = history.agreement, agreement.overall.count > 0 else { return nil }
    var blocks: [ReportBlock] = [
      .paragraph(agreement.method),
      .table(
        agreementTable(
          id: "agreement", title: "Engine and auditors", counted: "Ratings",
          rows: [("all", "all auditors, all rules", agreement.overall)]
            + agreement.byAuditor.map { ("auditor:" + $0.auditor, $0.auditor, $0.agreement) }
            + agreement.byRule.map { ($0.rule, $0.rule, $0.agreement) })),
    ]
    if !agreement.betweenAuditors.isEmpty {
      blocks.append(
        .table(
          agreementTable(
            id: "agreement_between_auditors", title: "Between auditors",
            counted: "Findings both rated",
            rows: agreement.betweenAuditors.map {
              ("\($0.first)|\($0.second)", "\($0.first) and \($0.second)", $0.agreement)
            })))
    }
    if !agreement.disagreements.isEmpty {
      blocks.append(.table(AuditModerationTables.disagreements(agreement.disagreements)))
    }
    if !agreement.auditorDisagreements.isEmpty {
      blocks.append(
        .table(AuditModerationTables.auditorDisagreements(agreement.auditorDisagreements)))
    }
    return ReportSection(id: "moderation", heading: "Moderation", blocks: blocks)
  }

  /// A table of agreement figures: per row, what was rated, agreement, kappa and its words.
  static func agreementTable(
    id: String, title: String, counted: String, rowHeading: String = "Findings of",
    rows: [(key: String, label: String, value: Agreement)]
  ) -> ReportTable {
    ReportTable(
      id: id, title: title, rowHeading: rowHeading,
      columns: [
        ReportColumn(key: "findings", label: counted),
        ReportColumn(key: "agreement", label: "Agreement"),
        ReportColumn(key: "kappa", label: "Kappa"),
        ReportColumn(key: "interpretation", label: "Interpretation"),
      ],
      rows: rows.map { row in
        ReportRow(
          key: row.key, label: row.label,
          cells: [
            .count(row.value.count), AuditRuleTables.proportion(row.value.percentage),
            row.value.kappa.map { .number($0, places: 2) } ?? .empty,
            .text(Agreement.interpretation(row.value.kappa)),
          ])
      })
  }
}

extension ReportHistory {
  /// The moderation and practice-question sections as the moderated report shows them
  /// (agreement, kappa, the findings judged differently, the answers' counts and agreement
  /// between auditors), as an HTML fragment; nil before any judgement or answer.
  public var moderationHTML: String? {
    let sections = [
      AuditHistorySections.moderation(self), AuditQuestionSection.build(answers),
    ].compactMap { $0 }
    guard !sections.isEmpty else { return nil }
    return sections.map(DocumentHTML.fragment).joined(separator: "\n")
  }
}
