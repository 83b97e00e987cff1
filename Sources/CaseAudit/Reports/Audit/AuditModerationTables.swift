/// The findings an auditor moderated differently: from the engine, and from each other.
enum AuditModerationTables {
  /// Each finding an auditor decided otherwise than the engine, with the auditor's note.
  static func disagreements(_ moderations: [Moderation]) -> ReportTable {
    ReportTable(
      id: "disagreements", title: "Where an auditor and the engine differ", rowHeading: "Case",
      columns: finding + [
        ReportColumn(key: "auditor", label: "Auditor"),
        ReportColumn(key: "auditor_outcome", label: "Auditor's outcome"),
        ReportColumn(key: "note", label: "Note"),
      ],
      rows: moderations.enumerated().map { index, item in
        ReportRow(
          key: String(index + 1), label: item.caseID,
          cells: cells(item) + [
            .text(item.auditor), .text(item.outcome.rawValue), .text(item.note),
          ])
      })
  }

  /// Each finding moderated by several auditors who differ, with their outcomes.
  static func auditorDisagreements(_ groups: [[Moderation]]) -> ReportTable {
    ReportTable(
      id: "auditor_disagreements", title: "Where auditors differ", rowHeading: "Case",
      columns: finding + [ReportColumn(key: "outcomes", label: "Auditors' outcomes (they differ)")],
      rows: groups.enumerated().map { index, group in
        let outcomes = group.map { "\($0.auditor): \($0.outcome.rawValue)" }
        return ReportRow(
          key: String(index + 1), label: group[0].caseID,
          cells: cells(group[0]) + [.text(outcomes.joined(separator: "; "))])
      })
  }

  private static let finding = [
    ReportColumn(key: "rule", label: "Rule"), ReportColumn(key: "item", label: "Item"),
    ReportColumn(key: "engine", label: "Engine"),
  ]

  private static func cells(_ item: Moderation) -> [ReportCell] {
    [.text(item.ruleID), .text(item.itemID), .text(item.engineOutcome.rawValue)]
  }
}
