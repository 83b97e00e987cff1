/// How far auditors agree with the engine and with each other on a moderated audit.
public struct ModerationAgreement: Sendable {
  /// Engine against auditors, per rule (rules in id order).
  public var byRule: [(rule: String, agreement: Agreement)]
  /// Engine against auditors over every rating: one per auditor per finding, so a finding two
  /// auditors moderated counts twice.
  public var overall: Agreement
  /// Engine against each auditor's own ratings, auditors in name order.
  public var byAuditor: [(auditor: String, agreement: Agreement)]
  /// Findings moderated by at least one auditor (each counted once).
  public var moderatedFindings: Int
  /// Between each pair of auditors who moderated the same findings.
  public var betweenAuditors: [(first: String, second: String, agreement: Agreement)]
  /// Moderations whose outcome differs from the engine's.
  public var disagreements: [Moderation]
  /// Findings the auditors who moderated them did not agree on: each auditor's moderation, by
  /// auditor; findings in case, rule and item order.
  public var auditorDisagreements: [[Moderation]]

  /// Computes the agreement of moderations.
  public init(_ moderations: [Moderation]) {
    let byRule = Dictionary(grouping: moderations, by: \.ruleID)
    self.byRule = byRule.keys.sorted().map { rule in
      (rule, Agreement(byRule[rule]!.map { ($0.engineOutcome, $0.outcome) }))
    }
    overall = Agreement(moderations.map { ($0.engineOutcome, $0.outcome) })
    disagreements = moderations.filter { $0.outcome != $0.engineOutcome }
    let byFinding = Dictionary(grouping: moderations) {
      "\($0.caseID)\u{0}\($0.ruleID)\u{0}\($0.itemID)"
    }
    let auditors = Set(moderations.map(\.auditor)).sorted()
    byAuditor = auditors.map { auditor in
      (auditor, Agreement(moderations.filter { $0.auditor == auditor }.map {
        ($0.engineOutcome, $0.outcome)
      }))
    }
    moderatedFindings = byFinding.count
    var pairs: [(String, String, Agreement)] = []
    for (index, first) in auditors.enumerated() {
      for second in auditors.dropFirst(index + 1) {
        let rated = byFinding.values.compactMap { group -> (Outcome, Outcome)? in
          guard let a = group.first(where: { $0.auditor == first }),
            let b = group.first(where: { $0.auditor == second })
          else { return nil }
          return (a.outcome, b.outcome)
        }
        if !rated.isEmpty { pairs.append((first, second, Agreement(rated))) }
      }
    }
    betweenAuditors = pairs
    auditorDisagreements = byFinding.values
      .filter { group in group.contains { $0.outcome != group[0].outcome } }
      .map { $0.sorted { $0.auditor < $1.auditor } }
      .sorted { a, b in
        (a[0].caseID, a[0].ruleID, a[0].itemID) < (b[0].caseID, b[0].ruleID, b[0].itemID)
      }
  }
}

extension ModerationAgreement {
  /// What the agreement figures count and how kappa is computed, said above them.
  public var method: String {
    let ratings = overall.count
    return "Agreement of the auditors' outcomes with the engine's, and between auditors:"
      + " percentage agreement and Cohen's kappa (Landis and Koch's words), computed over the"
      + " outcome categories (met, not met, insufficient evidence, not applicable) of findings"
      + " and items. Engine and auditors counts ratings, one per auditor per finding:"
      + " \(ratings) rating\(ratings == 1 ? "" : "s") of \(moderatedFindings) moderated"
      + " finding\(moderatedFindings == 1 ? "" : "s"), pooled over auditors in the first row"
      + " and per auditor below it; between auditors counts the findings both rated."
  }
}
