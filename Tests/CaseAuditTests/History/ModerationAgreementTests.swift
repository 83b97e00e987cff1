import Foundation
import Testing

@testable import CaseAudit

private func moderation(
  _ caseID: String, _ item: String, _ auditor: String, _ outcome: Outcome, engine: Outcome,
  note: String = ""
) -> Moderation {
  Moderation(
    caseID: caseID, ruleID: "actions_have_owners", itemID: item, auditor: auditor,
    outcome: outcome, engineOutcome: engine, note: note)
}

/// The moderation section: agreement with the engine, between auditors, and both kinds of
/// disagreement listed.
@Suite struct ModerationAgreementTests {
  @Test func findingsTheAuditorsSplitOnAreListedWithEachAuditorsOutcome() throws {
    let moderations = [
      moderation("C2", "A1", "Bea", .notMet, engine: .met, note: "no owner | named"),
      moderation("C2", "A1", "Ali", .met, engine: .met),
      moderation("C1", "A1", "Ali", .met, engine: .met),
      moderation("C1", "A1", "Bea", .met, engine: .met),
      moderation("C1", "A2", "Ali", .notMet, engine: .notMet),
    ]
    let agreement = ModerationAgreement(moderations)
    #expect(agreement.auditorDisagreements.map { $0.map(\.auditor) } == [["Ali", "Bea"]])
    let history = ReportHistory(auditID: 1, trends: [], agreement: agreement)
    let document = ReportDocument(title: "T", sections: AuditHistorySections.build(history))
    #expect(
      DocumentMarkdown(document: document).render() == """
        # T

        ## Moderation

        Agreement of the auditors' outcomes with the engine's, and between auditors: \
        percentage agreement and Cohen's kappa (Landis and Koch's words), computed over the \
        outcome categories (met, not met, insufficient evidence, not applicable) of findings and \
        items. Engine and auditors counts ratings, one per auditor per finding: 5 ratings of 3 \
        moderated findings, pooled over auditors in the first row and per auditor below it; \
        between auditors counts the findings both rated.

        **Engine and auditors**

        | Findings of | Ratings | Agreement | Kappa | Interpretation |
        |---|---:|---:|---:|---|
        | all auditors, all rules | 5 | 80.0% | 0.55 | moderate |
        | Ali | 3 | 100.0% | 1.00 | almost perfect |
        | Bea | 2 | 50.0% | 0.00 | slight |
        | actions_have_owners | 5 | 80.0% | 0.55 | moderate |

        **Between auditors**

        | Findings of | Findings both rated | Agreement | Kappa | Interpretation |
        |---|---:|---:|---:|---|
        | Ali and Bea | 2 | 50.0% | 0.00 | slight |

        **Where an auditor and the engine differ**

        | Case | Rule | Item | Engine | Auditor | Auditor's outcome | Note |
        |---|---|---|---|---|---|---|
        | C2 | actions_have_owners | A1 | met | Bea | not_met | no owner \\| named |

        **Where auditors differ**

        | Case | Rule | Item | Engine | Auditors' outcomes (they differ) |
        |---|---|---|---|---|
        | C2 | actions_have_owners | A1 | met | Ali: met; Bea: not_met |

        """)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(HistoryJSON(history: history)), as: UTF8.self)
    #expect(
      json.contains(
        #""auditor_disagreements":[{"case_id":"C2","engine":"met","item_id":"A1","outcomes":"#
          + #"[{"auditor":"Ali","outcome":"met"},{"auditor":"Bea","outcome":"not_met"}],"#
          + #""rule_id":"actions_have_owners"}]"#))
    #expect(
      json.contains(
        #""disagreements":[{"auditor":"Bea","case_id":"C2","engine":"met","item_id":"A1","#
          + #""note":"no owner | named","outcome":"not_met","rule_id":"actions_have_owners"}]"#))
  }
}
