/// The history member of report.json: the audit's id, trends and moderation agreement.
struct HistoryJSON: Encodable {
  let history: ReportHistory

  /// Agreement figures as report.json gives them.
  struct AgreementJSON: Encodable {
    let findings: Int
    let agreement: Double?
    let kappa: Double?
    let interpretation: String

    init(_ value: Agreement) {
      findings = value.count
      agreement = value.percentage
      kappa = value.kappa
      interpretation = Agreement.interpretation(value.kappa)
    }
  }

  private enum Keys: String, CodingKey {
    case auditID = "audit_id"
    case trends
    case ruleID = "rule_id"
    case points
    case asAt = "as_at"
    case met, decided
    case pValue = "p_value"
    case significant, agreement, overall, rules, comparison, test
    case previousAuditID = "previous_audit_id"
    case sharedCases = "shared_cases"
    case decidedInBoth = "decided_in_both"
    case metThenNotMet = "met_then_not_met"
    case notMetThenMet = "not_met_then_met"
    case betweenAuditors = "between_auditors"
    case first, second, disagreements, outcomes, method
    case byAuditor = "by_auditor"
    case moderatedFindings = "moderated_findings"
    case auditorDisagreements = "auditor_disagreements"
    case caseID = "case_id"
    case itemID = "item_id"
    case engine, auditor
    case outcome, note, questions
  }

  func encode(to encoder: Encoder) throws {
    var root = encoder.container(keyedBy: Keys.self)
    try root.encode(history.auditID, forKey: .auditID)
    var trends = root.nestedUnkeyedContainer(forKey: .trends)
    for trend in history.trends {
      var object = trends.nestedContainer(keyedBy: Keys.self)
      try object.encode(trend.ruleID, forKey: .ruleID)
      try object.encode(trend.pValue, forKey: .pValue)
      try object.encode(trend.significant, forKey: .significant)
      if let comparison = trend.comparison {
        var pair = object.nestedContainer(keyedBy: Keys.self, forKey: .comparison)
        try pair.encode(comparison.previous.auditID, forKey: .previousAuditID)
        try pair.encode(comparison.test.rawValue, forKey: .test)
        try pair.encode(comparison.sharedCases, forKey: .sharedCases)
        try pair.encode(comparison.decidedInBoth, forKey: .decidedInBoth)
        try pair.encode(comparison.metThenNotMet, forKey: .metThenNotMet)
        try pair.encode(comparison.notMetThenMet, forKey: .notMetThenMet)
      }
      var points = object.nestedUnkeyedContainer(forKey: .points)
      for point in trend.points {
        var item = points.nestedContainer(keyedBy: Keys.self)
        try item.encode(point.auditID, forKey: .auditID)
        try item.encode(point.asAt, forKey: .asAt)
        try item.encode(point.met, forKey: .met)
        try item.encode(point.decided, forKey: .decided)
      }
    }
    if let answers = history.answers, answers.hasAnswers {
      try root.encode(QuestionAnswersJSON(answers: answers), forKey: .questions)
    }
    guard let agreement = history.agreement else { return }
    var object = root.nestedContainer(keyedBy: Keys.self, forKey: .agreement)
    try object.encode(AgreementJSON(agreement.overall), forKey: .overall)
    try object.encode(agreement.moderatedFindings, forKey: .moderatedFindings)
    try object.encode(agreement.method, forKey: .method)
    var auditors = object.nestedUnkeyedContainer(forKey: .byAuditor)
    for (auditor, value) in agreement.byAuditor {
      var item = auditors.nestedContainer(keyedBy: Keys.self)
      try item.encode(auditor, forKey: .auditor)
      try item.encode(AgreementJSON(value), forKey: .agreement)
    }
    var rules = object.nestedUnkeyedContainer(forKey: .rules)
    for (rule, value) in agreement.byRule {
      var item = rules.nestedContainer(keyedBy: Keys.self)
      try item.encode(rule, forKey: .ruleID)
      try item.encode(AgreementJSON(value), forKey: .agreement)
    }
    var pairs = object.nestedUnkeyedContainer(forKey: .betweenAuditors)
    for (first, second, value) in agreement.betweenAuditors {
      var item = pairs.nestedContainer(keyedBy: Keys.self)
      try item.encode(first, forKey: .first)
      try item.encode(second, forKey: .second)
      try item.encode(AgreementJSON(value), forKey: .agreement)
    }
    var disagreements = object.nestedUnkeyedContainer(forKey: .disagreements)
    for moderation in agreement.disagreements {
      var item = disagreements.nestedContainer(keyedBy: Keys.self)
      try encodeFinding(of: moderation, into: &item)
      try item.encode(moderation.auditor, forKey: .auditor)
      try item.encode(moderation.outcome.rawValue, forKey: .outcome)
      try item.encode(moderation.note, forKey: .note)
    }
    var split = object.nestedUnkeyedContainer(forKey: .auditorDisagreements)
    for group in agreement.auditorDisagreements {
      var item = split.nestedContainer(keyedBy: Keys.self)
      try encodeFinding(of: group[0], into: &item)
      var outcomes = item.nestedUnkeyedContainer(forKey: .outcomes)
      for moderation in group {
        var entry = outcomes.nestedContainer(keyedBy: Keys.self)
        try entry.encode(moderation.auditor, forKey: .auditor)
        try entry.encode(moderation.outcome.rawValue, forKey: .outcome)
      }
    }
  }

  /// The keys naming a moderated finding and the engine's outcome.
  private func encodeFinding(
    of moderation: Moderation, into item: inout KeyedEncodingContainer<Keys>
  ) throws {
    try item.encode(moderation.caseID, forKey: .caseID)
    try item.encode(moderation.ruleID, forKey: .ruleID)
    try item.encode(moderation.itemID, forKey: .itemID)
    try item.encode(moderation.engineOutcome.rawValue, forKey: .engine)
  }
}
