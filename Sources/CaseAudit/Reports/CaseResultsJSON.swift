/// The `cases` member of the scoring JSON, written case by case: each case's id, findings
/// (with their items) and grade, keys in the order `JSONEncoder` sorts them.
///
/// A census writes hundreds of megabytes of this: each key is written with its punctuation in
/// one copy, and findings are read in place by index (copying one would touch the reference
/// counts of strings every thread's findings share).
extension ScoreJSON {
  /// Writes the array of cases.
  static func write(cases results: [CaseResult], to sink: inout ByteSink) {
    sink.write(byte: 0x5B)
    for index in results.indices {
      if index > 0 { sink.write(byte: 0x2C) }
      write(case: results[index], to: &sink)
    }
    sink.write(byte: 0x5D)
  }

  /// One case of the array: its id, findings and grade.
  static func write(case result: CaseResult, to sink: inout ByteSink) {
    sink.write(literal: "{\"case_id\":")
    sink.json(result.caseID)
    sink.write(literal: ",\"findings\":[")
    for index in result.findings.indices {
      if index > 0 { sink.write(byte: 0x2C) }
      write(result.findings[index], to: &sink)
    }
    sink.write(literal: "],\"grade\":")
    sink.json(result.grade)
    sink.write(byte: 0x7D)
  }

  /// A rule's finding for a case: evidence, items, message, outcome, rule id.
  private static func write(_ finding: RuleFinding, to sink: inout ByteSink) {
    sink.write(literal: "{\"evidence\":")
    sink.json(evidence: finding.evidence)
    sink.write(literal: ",\"items\":[")
    for index in finding.items.indices {
      if index > 0 { sink.write(byte: 0x2C) }
      sink.write(literal: "{\"evidence\":")
      sink.json(evidence: finding.items[index].evidence)
      sink.write(literal: ",\"item_id\":")
      sink.json(finding.items[index].itemID)
      sink.write(literal: ",\"message\":")
      sink.json(finding.items[index].message)
      sink.write(literal: ",\"outcome\":")
      sink.json(finding.items[index].outcome.rawValue)
      sink.write(byte: 0x7D)
    }
    sink.write(literal: "],\"message\":")
    sink.json(finding.message)
    sink.write(literal: ",\"outcome\":")
    sink.json(finding.outcome.rawValue)
    sink.write(literal: ",\"rule_id\":")
    sink.json(finding.ruleID)
    sink.write(byte: 0x7D)
  }
}
