import CaseAudit
import Foundation

/// One sampled case as its page shows it: each finding and item with the judgements the
/// user may see and a form for their own.
struct CaseView {
  let audit: LoadedAudit
  /// The case's position in the sample, from 0.
  let index: Int
  let session: Session
  /// Every moderation of the audit (real ids).
  let moderations: [Moderation]
  /// The practice questions asked of the case.
  let questions: [AuditQuestion]
  /// The answers to them the user may see.
  let answers: [PracticeAnswer]

  /// The page's values.
  var values: [String: Any] {
    let shown = audit.shown.results[index]
    let real = audit.run.results[index]
    let drawn = audit.shown.sample.cases[index]
    let timeline = audit.shown.timeline(ofCaseAt: index)
    var facts = [["name": "Stratum", "value": drawn.frameCase.stratum]]
    facts.append(["name": "Grade", "value": shown.grade ?? "not graded"])
    if let score = shown.score {
      facts.append(["name": "Score", "value": String(format: "%.0f%%", score * 100)])
    }
    let mine = moderations.filter { $0.caseID == real.caseID }
    var findings: [[String: Any]] = []
    for (f, (finding, realFinding)) in zip(shown.findings, real.findings).enumerated() {
      findings.append(
        entry(
          rule: finding.ruleID, item: nil, title: finding.ruleID, outcome: finding.outcome,
          message: finding.message, evidence: finding.evidence, realItem: "", anchor: "f\(f)",
          moderations: mine))
      for (i, (item, realItem)) in zip(finding.items, realFinding.items).enumerated() {
        findings.append(
          entry(
            rule: finding.ruleID, item: i, title: "\(finding.ruleID) · \(item.itemID)",
            outcome: item.outcome, message: item.message, evidence: item.evidence,
            realItem: realItem.itemID, anchor: "f\(f)-i\(i)", moderations: mine))
      }
    }
    let count = audit.shown.results.count
    var values: [String: Any] = [
      "audit": audit.id, "number": index + 1, "caseID": shown.caseID, "facts": facts,
      "timeline": timeline.svg, "timelineCaption": timeline.caption,
      "timelineDescription": timeline.description, "findings": findings,
      "redacted": audit.isRedacted ? Workspace.redactedNotice : false,
      "judgementNote": session.role == .manager
        ? "Every auditor's judgements are shown; yours is recorded under your name."
        : "Your judgements are shown; other auditors' are not. Choose the engine's outcome to"
          + " agree with it, or another, with a note.",
    ]
    values["anyQuestions"] = !questions.isEmpty
    values["questions"] = questions.map(question)
    if index > 0 { values["previous"] = index }
    if index + 1 < count { values["next"] = index + 2 }
    return values
  }

  private func entry(
    rule: String, item: Int?, title: String, outcome: Outcome, message: String?,
    evidence: [EvidenceValue], realItem: String, anchor: String, moderations: [Moderation]
  ) -> [String: Any] {
    let here = moderations.filter { $0.ruleID == rule && $0.itemID == realItem }
    let own = here.first { $0.auditor == session.account }
    let shownHere = session.role == .manager ? here : here.filter { $0 == own }
    let chosen = own?.outcome ?? outcome
    return [
      "audit": audit.id, "number": index + 1, "csrf": session.csrf, "rule": rule,
      "item": item.map(String.init) ?? "", "isItem": item != nil, "title": title,
      "anchor": anchor, "outcome": outcome.rawValue, "outcomeLabel": Self.label(outcome),
      "message": Self.section(message ?? ""),
      "evidence": Self.section(ReportFormatting.evidence(evidence)),
      "note": own?.note ?? "",
      "judgements": shownHere.map { moderation -> [String: Any] in
        [
          "auditor": moderation.auditor, "outcomeLabel": Self.label(moderation.outcome),
          "note": Self.section(moderation.note),
        ]
      },
      "choices": Outcome.allCases.map { choice -> [String: Any] in
        [
          "value": choice.rawValue,
          "label": Self.label(choice) + (choice == outcome ? " (the engine's: agree)" : ""),
          "selected": choice == chosen,
        ]
      },
    ]
  }

  private func question(_ question: AuditQuestion) -> [String: Any] {
    let here = answers.filter { $0.questionID == question.id }
    let own = here.first { $0.auditor == session.account }
    let label = { (key: String) in question.scale.first { $0.key == key }?.label ?? key }
    return [
      "audit": audit.id, "number": index + 1, "csrf": session.csrf, "id": question.id,
      "question": question.question, "guidance": Self.section(question.guidance),
      "anchor": "question-\(question.id)", "note": own?.note ?? "", "unanswered": own == nil,
      "answers": here.map { answer -> [String: Any] in
        [
          "auditor": answer.auditor, "label": label(answer.answer),
          "note": Self.section(answer.note),
        ]
      },
      "choices": question.scale.map { choice -> [String: Any] in
        ["key": choice.key, "label": choice.label, "selected": choice.key == own?.answer]
      },
    ]
  }

  /// A text for a `{{#name}}` section: false when empty, so the section is left out.
  static func section(_ text: String) -> Any { text.isEmpty ? false : text }

  /// An outcome in words.
  static func label(_ outcome: Outcome) -> String {
    outcome.rawValue.replacingOccurrences(of: "_", with: " ")
  }
}
