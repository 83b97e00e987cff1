/// `findings.csv`: one row per case and rule, and per item, with empty columns for the
/// auditor's own outcome and note, so moderation can be done in a spreadsheet.
public struct FindingsCSV: Sendable {
  /// Each case's stratum (empty for a census) and findings, in order.
  public let cases: [(stratum: String, result: CaseResult)]

  /// The findings of an audit's sampled cases.
  public init(report: AuditReport) {
    cases = zip(report.run.sample.cases, report.run.results).map { ($0.frameCase.stratum, $1) }
  }

  /// The findings of scored cases (a census: no strata).
  public init(results: [CaseResult]) { cases = results.map { ("", $0) } }

  /// The columns, in order.
  public static let header = [
    "case_id", "stratum", "rule_id", "item_id", "outcome", "message", "evidence", "auditor",
    "auditor_outcome", "auditor_note",
  ]

  /// The CSV text, every cell neutralised against spreadsheet formulas (`SpreadsheetText`).
  public func render() -> String {
    var buffer = CSVBuffer(header: FindingsCSV.header)
    let cell = SpreadsheetText.neutralised
    for (stratum, result) in cases {
      let (caseID, stratum) = (cell(result.caseID), cell(stratum))
      for finding in result.findings {
        let rule = cell(finding.ruleID)
        buffer.append(
          caseID, stratum, rule, "", finding.outcome.rawValue, cell(finding.message ?? ""),
          cell(ReportFormatting.evidence(finding.evidence)), "", "", "")
        for item in finding.items {
          buffer.append(
            caseID, stratum, rule, cell(item.itemID), item.outcome.rawValue,
            cell(item.message ?? ""), cell(ReportFormatting.evidence(item.evidence)), "", "", "")
        }
      }
    }
    return String(decoding: buffer.bytes, as: UTF8.self)
  }
}
