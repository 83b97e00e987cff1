/// `findings.csv`: one row per sampled case and rule, and per item, with empty columns for the
/// auditor's own outcome and note, so moderation can be done in a spreadsheet.
public struct FindingsCSV: Sendable {
  /// The report.
  public let report: AuditReport

  /// Creates the renderer.
  public init(report: AuditReport) { self.report = report }

  /// The columns, in order.
  public static let header = [
    "case_id", "stratum", "rule_id", "item_id", "outcome", "message", "evidence", "auditor",
    "auditor_outcome", "auditor_note",
  ]

  /// The CSV text.
  public func render() -> String {
    var buffer = CSVBuffer(header: FindingsCSV.header)
    for (drawn, result) in zip(report.run.sample.cases, report.run.results) {
      for finding in result.findings {
        buffer.append(
          result.caseID, drawn.frameCase.stratum, finding.ruleID, "", finding.outcome.rawValue,
          finding.message ?? "", ReportFormatting.evidence(finding.evidence), "", "", "")
        for item in finding.items {
          buffer.append(
            result.caseID, drawn.frameCase.stratum, finding.ruleID, item.itemID,
            item.outcome.rawValue, item.message ?? "", ReportFormatting.evidence(item.evidence), "",
            "", "")
        }
      }
    }
    return String(decoding: buffer.bytes, as: UTF8.self)
  }
}
