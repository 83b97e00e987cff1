/// The `cases` member of the scoring JSON, written case by case: each case's id, findings
/// (with their items) and grade, keys in the order `JSONEncoder` sorts them.
extension ScoreJSON {
  /// Writes the array of cases.
  static func write(cases results: [CaseResult], to sink: inout ByteSink) {
    sink.write(byte: 0x5B)
    for (index, result) in results.enumerated() {
      if index > 0 { sink.write(byte: 0x2C) }
      write(case: result, to: &sink)
    }
    sink.write(byte: 0x5D)
  }

  /// One case of the array: its id, findings and grade.
  static func write(case result: CaseResult, to sink: inout ByteSink) {
    sink.write(byte: 0x7B)
    sink.json(key: "case_id", first: true)
    sink.json(result.caseID)
    sink.json(key: "findings")
    sink.write(byte: 0x5B)
    for (number, finding) in result.findings.enumerated() {
      if number > 0 { sink.write(byte: 0x2C) }
      write(finding, to: &sink)
    }
    sink.write(byte: 0x5D)
    sink.json(key: "grade")
    sink.json(result.grade)
    sink.write(byte: 0x7D)
  }

  /// A rule's finding for a case: evidence, items, message, outcome, rule id.
  private static func write(_ finding: RuleFinding, to sink: inout ByteSink) {
    sink.write(byte: 0x7B)
    sink.json(key: "evidence", first: true)
    writeEvidence(finding.evidence, to: &sink)
    sink.json(key: "items")
    sink.write(byte: 0x5B)
    for (index, item) in finding.items.enumerated() {
      if index > 0 { sink.write(byte: 0x2C) }
      sink.write(byte: 0x7B)
      sink.json(key: "evidence", first: true)
      writeEvidence(item.evidence, to: &sink)
      sink.json(key: "item_id")
      sink.json(item.itemID)
      sink.json(key: "message")
      sink.json(item.message)
      sink.json(key: "outcome")
      sink.json(item.outcome.rawValue)
      sink.write(byte: 0x7D)
    }
    sink.write(byte: 0x5D)
    sink.json(key: "message")
    sink.json(finding.message)
    sink.json(key: "outcome")
    sink.json(finding.outcome.rawValue)
    sink.json(key: "rule_id")
    sink.json(finding.ruleID)
    sink.write(byte: 0x7D)
  }

  /// Evidence as an object of name to value.
  private static func writeEvidence(_ evidence: [EvidenceValue], to sink: inout ByteSink) {
    sink.json(stringsByName: evidence.map { ($0.name, $0.value) })
  }
}
