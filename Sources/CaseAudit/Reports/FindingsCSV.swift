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

  /// The findings of these cases, each with its stratum (no questions).
  init(cases: [(stratum: String, result: CaseResult)]) {
    self.cases = cases.map { ($0.stratum, $0.result, []) }
  }

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
    Self.writeHeader(to: &sink)
    writeRows(to: &sink)
  }

  /// Writes the rows without the header: a part of a file written in parts.
  func writeRows(to sink: inout ByteSink) {
    // By index, here and below: the findings are read in place, never copied, so writing them
    // touches no reference counts (which the other threads' findings share: their rule ids and
    // evidence names are the same strings).
    for index in cases.indices {
      Self.write(cases[index].result, stratum: cases[index].stratum, to: &sink)
      for question in cases[index].questions {
        // A question row has no item and no outcome; the auditor fills in the last three
        // columns, as for a finding.
        for (column, text) in [
          cases[index].result.caseID, cases[index].stratum, question.id, "", "",
          question.question, FindingsCSV.evidence(of: question),
        ].enumerated() {
          if column > 0 { sink.write(byte: 0x2C) }
          sink.csv(text)
        }
        sink.write(",,,\n")
      }
    }
  }

  /// The header row.
  static func writeHeader(to sink: inout ByteSink) {
    for (index, name) in header.enumerated() {
      if index > 0 { sink.write(byte: 0x2C) }
      sink.csv(name, neutralised: false)
    }
    sink.write(byte: 0x0A)
  }

  /// A case's findings' rows, in order.
  static func write(_ result: CaseResult, stratum: String, to sink: inout ByteSink) {
    for index in result.findings.indices {
      write(result.findings[index], caseID: result.caseID, stratum: stratum, to: &sink)
    }
  }

  /// A finding's rows: the case's, then one per item.
  static func write(
    _ finding: RuleFinding, caseID: String, stratum: String, to sink: inout ByteSink
  ) {
    row(caseID, stratum, finding.ruleID, "", finding.outcome, finding.message,
      finding.evidence, to: &sink)
    for index in finding.items.indices {
      row(caseID, stratum, finding.ruleID, finding.items[index].itemID,
        finding.items[index].outcome, finding.items[index].message,
        finding.items[index].evidence, to: &sink)
    }
  }

  /// One row; the auditor's three columns are empty.
  private static func row(
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
