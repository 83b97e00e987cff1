/// The `compliance_by_standard` table: for each scored rule, the cases of the census it applied
/// to and how many of them met it, did not, or had insufficient evidence.
public enum ComplianceByStandard {
  /// The table's id in every format.
  public static let id = "compliance_by_standard"
  /// Its title.
  public static let title = "Compliance by standard"

  /// The columns, exactly as report.json pins them.
  public static let columns = [
    ReportColumn(key: "applicable", label: "Applicable"),
    ReportColumn(key: "met", label: "Met"),
    ReportColumn(key: "not_met", label: "Not met"),
    ReportColumn(key: "insufficient_evidence", label: "Insufficient evidence"),
  ]

  /// The table for the scored rules (in pack order) over the results of every case.
  public static func table(rules: [Rule], results: [CaseResult]) -> ReportTable {
    var counts = [OutcomeCounts](repeating: OutcomeCounts(), count: rules.count)
    for result in results {
      for (index, finding) in result.findings.enumerated() { counts[index].add(finding.outcome) }
    }
    return table(rules: rules, counts: counts)
  }

  /// The table for the scored rules (in pack order) over every case's outcomes.
  public static func table(rules: [Rule], outcomes: CaseOutcomes) -> ReportTable {
    var counts = [OutcomeCounts](repeating: OutcomeCounts(), count: rules.count)
    for index in 0..<outcomes.caseCount {
      for rule in rules.indices { counts[rule].add(outcomes.outcome(case: index, rule: rule)) }
    }
    return table(rules: rules, counts: counts)
  }

  /// The table from each rule's case counts.
  private static func table(rules: [Rule], counts: [OutcomeCounts]) -> ReportTable {
    let rows = zip(rules, counts).map { rule, count in
      ReportRow(
        key: rule.id, label: rule.title,
        cells: [count.applicable, count.met, count.notMet, count.insufficientEvidence].map {
          .count($0)
        })
    }
    return ReportTable(
      id: id, title: title, note: note, rowHeading: "Standard",
      columns: columns, rows: rows)
  }

  /// What the table counts, said under it.
  public static let note =
    "Children (cases), not items: every case of the export was scored. A case is applicable"
    + " when the standard applied to it (it was met, not met or had insufficient evidence);"
    + " a standard scored per review or escalation is not met for a case when any of its items"
    + " is not met, else insufficient evidence when any item is, else met."
}
