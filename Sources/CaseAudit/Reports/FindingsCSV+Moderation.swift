/// findings.csv with the auditors' judgements: what `history moderate` reads back.
extension FindingsCSV {
  /// The CSV text with each finding's row once with empty auditor columns when no auditor
  /// judged it, and otherwise once per auditor who did (by name), their outcome and note
  /// filled in; likewise each practice question's row with the auditors' `answers`. Fed to
  /// `history moderate`, it stores nothing new (but for notes beginning with a character a
  /// spreadsheet would run, which come back with a leading "'").
  public func render(moderations: [Moderation], answers: [PracticeAnswer] = []) -> String {
    let answered = Dictionary(grouping: answers) { "\($0.caseID)\u{0}\($0.questionID)" }
    var byFinding: [String: [Moderation]] = [:]
    for moderation in moderations {
      byFinding[
        "\(moderation.caseID)\u{0}\(moderation.ruleID)\u{0}\(moderation.itemID)", default: []
      ].append(moderation)
    }
    var buffer = CSVBuffer(header: FindingsCSV.header)
    let cell = SpreadsheetText.neutralised
    func append(
      _ caseID: String, _ stratum: String, _ rule: String, _ item: String, _ outcome: Outcome,
      _ message: String?, _ evidence: [EvidenceValue]
    ) {
      let engine = [
        cell(caseID), cell(stratum), cell(rule), cell(item), outcome.rawValue,
        cell(message ?? ""), cell(ReportFormatting.evidence(evidence)),
      ]
      let judged = (byFinding["\(caseID)\u{0}\(rule)\u{0}\(item)"] ?? [])
        .sorted { $0.auditor < $1.auditor }
      if judged.isEmpty { buffer.append(fields: engine + ["", "", ""]) }
      for moderation in judged {
        // Notes typed in the workspace are neutralised like every other cell: a spreadsheet
        // must not run them (one that begins '=' reads back with its added "'").
        buffer.append(
          fields: engine + [
            cell(moderation.auditor), moderation.outcome.rawValue, cell(moderation.note),
          ])
      }
    }
    for (stratum, result, questions) in cases {
      for finding in result.findings {
        append(
          result.caseID, stratum, finding.ruleID, "", finding.outcome, finding.message,
          finding.evidence)
        for item in finding.items {
          append(
            result.caseID, stratum, finding.ruleID, item.itemID, item.outcome, item.message,
            item.evidence)
        }
      }
      // Practice questions' rows as `render()` writes them, once per auditor who answered.
      for question in questions {
        let asked = [
          cell(result.caseID), cell(stratum), cell(question.id), "", "", cell(question.question),
          cell(FindingsCSV.evidence(of: question)),
        ]
        let given = (answered["\(result.caseID)\u{0}\(question.id)"] ?? [])
          .sorted { $0.auditor < $1.auditor }
        if given.isEmpty { buffer.append(fields: asked + ["", "", ""]) }
        for answer in given {
          buffer.append(fields: asked + [cell(answer.auditor), answer.answer, cell(answer.note)])
        }
      }
    }
    return String(decoding: buffer.bytes, as: UTF8.self)
  }
}
