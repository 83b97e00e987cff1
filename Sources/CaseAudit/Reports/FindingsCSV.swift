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

  /// The findings of these cases, each with its stratum.
  init(cases: [(stratum: String, result: CaseResult)]) { self.cases = cases }

  /// The columns, in order.
  public static let header = [
    "case_id", "stratum", "rule_id", "item_id", "outcome", "message", "evidence", "auditor",
    "auditor_outcome", "auditor_note",
  ]

  /// The CSV text, every cell neutralised against spreadsheet formulas (`SpreadsheetText`).
  public func render() -> String {
    var sink = ByteSink()
    write(to: &sink)
    return String(decoding: sink.bytes, as: UTF8.self)
  }

  /// Writes the CSV text into `sink` row by row as it goes: the same bytes as `render()`.
  public func write(to sink: inout ByteSink) {
    for (index, name) in Self.header.enumerated() {
      if index > 0 { sink.write(byte: 0x2C) }
      sink.csv(name, neutralised: false)
    }
    sink.write(byte: 0x0A)
    for (stratum, result) in cases {
      for finding in result.findings {
        row(result.caseID, stratum, finding.ruleID, "", finding.outcome, finding.message,
          finding.evidence, to: &sink)
        for item in finding.items {
          row(result.caseID, stratum, finding.ruleID, item.itemID, item.outcome, item.message,
            item.evidence, to: &sink)
        }
      }
    }
  }

  /// One row; the auditor's three columns are empty.
  private func row(
    _ caseID: String, _ stratum: String, _ ruleID: String, _ itemID: String,
    _ outcome: Outcome, _ message: String?, _ evidence: [EvidenceValue],
    to sink: inout ByteSink
  ) {
    sink.csv(caseID)
    sink.write(byte: 0x2C)
    sink.csv(stratum)
    sink.write(byte: 0x2C)
    sink.csv(ruleID)
    sink.write(byte: 0x2C)
    sink.csv(itemID)
    sink.write(byte: 0x2C)
    sink.write(outcome.rawValue)
    sink.write(byte: 0x2C)
    sink.csv(message ?? "")
    sink.write(byte: 0x2C)
    sink.csv(evidence: evidence)
    sink.write(",,,\n")
  }
}
