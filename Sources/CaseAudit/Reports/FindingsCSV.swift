/// `findings.csv`: one row per case and rule, and per item, with empty columns for the
/// auditor's own outcome and note, so moderation can be done in a spreadsheet; in an audit's,
/// after each case's findings, one row per practice question that applies to the case, its id
/// in `rule_id`, its text in `message` and its answers in `evidence`, for the auditor's answer.
public struct FindingsCSV: Sendable {
  /// Each case's stratum (empty for a census), findings and practice questions, in order.
  public let cases: [(stratum: String, result: CaseResult, questions: [AuditQuestion])]

  /// The findings and practice questions of an audit's sampled cases.
  public init(report: AuditReport) {
    let questions = report.questions.map { $0.questions.map(AuditQuestion.init) }
    cases = zip(zip(report.run.sample.cases, report.run.results), questions).map {
      ($0.0.frameCase.stratum, $0.1, $1)
    }
  }

  /// The findings of scored cases (a census: no strata, no questions).
  public init(results: [CaseResult]) { cases = results.map { ("", $0, []) } }

  /// A question row's `evidence`: the answers the auditor may give.
  public static func evidence(of question: AuditQuestion) -> String {
    "answer: " + question.keysText
  }

  /// The columns, in order.
  public static let header = [
    "case_id", "stratum", "rule_id", "item_id", "outcome", "message", "evidence", "auditor",
    "auditor_outcome", "auditor_note",
  ]

  /// The CSV text, every cell neutralised against spreadsheet formulas (`SpreadsheetText`).
  public func render() -> String {
    var buffer = CSVBuffer(header: FindingsCSV.header)
    let cell = SpreadsheetText.neutralised
    for (stratum, result, questions) in cases {
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
      for question in questions {
        buffer.append(
          caseID, stratum, cell(question.id), "", "", cell(question.question),
          cell(FindingsCSV.evidence(of: question)), "", "", "")
      }
    }
    return String(decoding: buffer.bytes, as: UTF8.self)
  }
}
