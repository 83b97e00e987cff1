import Foundation

/// Checks the rows of a moderated findings.csv against the stored findings.
struct ModerationReader {
  let table: CSVTable
  let stored: [FindingKey: [String: String]]
  /// The audit's practice questions: rows naming one in `rule_id` hold answers.
  let questions: AuditQuestions
  static let engineColumns = ["stratum", "outcome", "message", "evidence"]
  /// The columns findings.csv writes values into, neutralised against formulas; the auditor's
  /// columns are typed by the auditor, so a leading `'` there is theirs and kept.
  static let writtenColumns: Set<String> = [
    "case_id", "stratum", "rule_id", "item_id", "outcome", "message", "evidence",
  ]

  /// The moderations of the file's rows, each finding and auditor once; counts the rows with
  /// no auditor_outcome and those repeating an earlier one. The same finding and auditor given
  /// twice, differently, is an error: which one is meant is not guessed.
  func read(_ diagnostics: inout [Diagnostic], tally: inout ModerationTally) -> (
    moderations: [Moderation], answers: [PracticeAnswer]
  ) {
    tally.rows = table.rows.count
    var columns: [String: Int] = [:]
    for name in FindingsCSV.header {
      if let index = table.header.firstIndex(of: name) {
        columns[name] = index
      } else {
        diagnostics.append(
          .error(
            "missing column '\(name)' of findings.csv", at: table.location(row: 1, column: 1),
            kind: "missing column"))
      }
    }
    guard columns.count == FindingsCSV.header.count else { return ([], []) }
    var result: [Moderation] = []
    var firstRow: [Moderation.Key: (row: Int, index: Int)] = [:]
    var answers = AnswerRows()
    for row in table.rows {
      // Cells findings.csv neutralised against formulas have their values restored.
      let cell = { (name: String) in
        let text = row.fields[columns[name]!]
        return ModerationReader.writtenColumns.contains(name)
          ? SpreadsheetText.restored(text) : text
      }
      let at = { (name: String) in table.location(row: row.number, column: columns[name]! + 1) }
      let key = FindingKey(case: cell("case_id"), rule: cell("rule_id"), item: cell("item_id"))
      if stored[key] == nil, key.item.isEmpty, let question = questions.question(key.rule) {
        answers.read(
          row.number, question: question, caseID: key.case, from: self, cell: cell, at: at,
          &diagnostics, tally: &tally)
        continue
      }
      guard let engine = stored[key] else {
        diagnostics.append(
          .error(
            "no finding of case '\(key.case)', rule '\(key.rule)'"
              + (key.item.isEmpty ? "" : ", item '\(key.item)'") + " in this audit",
            at: at("case_id"), kind: "unknown finding"))
        continue
      }
      var changed = false
      for name in ModerationReader.engineColumns where cell(name) != engine[name] {
        diagnostics.append(
          .error(
            "the engine's '\(name)' was changed (the audit recorded '\(engine[name] ?? "")');"
              + " write yours in auditor_outcome and auditor_note", at: at(name),
            kind: "engine column changed"))
        changed = true
      }
      let text = cell("auditor_outcome").trimmingCharacters(in: .whitespaces)
      if changed { continue }
      if text.isEmpty {
        tally.blank += 1
        continue
      }
      guard let outcome = Outcome(rawValue: text) else {
        let names = Outcome.allCases.map(\.rawValue)
        let hint = NearMiss.hint(for: text, among: names, expected: names.joined(separator: ", "))
        diagnostics.append(
          .error("unknown outcome '\(text)'\(hint)", at: at("auditor_outcome"), kind: "bad outcome")
        )
        continue
      }
      let auditor = cell("auditor").trimmingCharacters(in: .whitespaces)
      guard !auditor.isEmpty else {
        diagnostics.append(
          .error(
            "an auditor_outcome needs the auditor's name", at: at("auditor"), kind: "missing value")
        )
        continue
      }
      let moderation = Moderation(
        caseID: key.case, ruleID: key.rule, itemID: key.item, auditor: auditor, outcome: outcome,
        engineOutcome: Outcome(rawValue: engine["outcome"] ?? "") ?? .notApplicable,
        note: cell("auditor_note"))
      if let earlier = firstRow[moderation.key] {
        if result[earlier.index] == moderation {
          tally.repeated += 1
        } else {
          diagnostics.append(
            .error(
              "row \(earlier.row) already gives auditor '\(auditor)''s outcome for this finding,"
                + " differently; keep one row per finding and auditor", at: at("auditor_outcome"),
              kind: "duplicate moderation"))
        }
        continue
      }
      firstRow[moderation.key] = (row.number, result.count)
      result.append(moderation)
    }
    return (result, answers.answers)
  }
}
