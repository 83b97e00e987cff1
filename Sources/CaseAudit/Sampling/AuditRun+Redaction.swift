extension AuditRun {
  /// The run as a redacted audit of the same sample would be, scored again over the
  /// pseudonymised data (for reports of recorded audits, which keep real ids).
  public func redacted(by redactor: Redactor) -> AuditRun {
    var copy = self
    copy.redact(by: redactor)
    copy.results = copy.scorer.score(
      copy.data.dataset, context: plan.context, rows: copy.sample.cases.map(\.frameCase.row))
    return copy
  }

  /// Moderations of this (unredacted) run in the terms of its redacted copy: the case and item
  /// ids its findings have there, and auditors by pseudonym.
  public func redacting(
    _ moderations: [Moderation], as shown: AuditRun, by redactor: Redactor
  ) -> [Moderation] {
    var shownIDs: [String: (caseID: String, itemID: String)] = [:]
    for (real, redacted) in zip(results, shown.results) {
      for (finding, shownFinding) in zip(real.findings, redacted.findings) {
        let key = "\(real.caseID)\u{0}\(finding.ruleID)\u{0}"
        shownIDs[key] = (redacted.caseID, "")
        for (item, shownItem) in zip(finding.items, shownFinding.items) {
          shownIDs[key + item.itemID] = (redacted.caseID, shownItem.itemID)
        }
      }
    }
    return moderations.map { moderation in
      var result = moderation
      let key = "\(moderation.caseID)\u{0}\(moderation.ruleID)\u{0}\(moderation.itemID)"
      // Moderations are checked against the recorded findings, so each has its finding; the
      // fallback still never shows a real id.
      let ids =
        shownIDs[key]
        ?? (
          redactor.pseudonym(moderation.caseID, type: "case"),
          moderation.itemID.isEmpty ? "" : redactor.pseudonym(moderation.itemID, type: "item")
        )
      result.caseID = ids.caseID
      result.itemID = ids.itemID
      result.auditor = redactor.pseudonym(moderation.auditor, type: "auditor")
      result.note = moderation.note.isEmpty ? "" : "(note withheld)"
      return result
    }
  }

  /// Answers to practice questions in the terms of `shown`, this run's redacted copy: its case
  /// ids, auditors as pseudonyms, notes withheld.
  public func redacting(
    _ answers: [PracticeAnswer], as shown: AuditRun, by redactor: Redactor
  ) -> [PracticeAnswer] {
    let shownIDs = Dictionary(
      zip(results.map(\.caseID), shown.results.map(\.caseID)).map { ($0, $1) },
      uniquingKeysWith: { first, _ in first })
    return answers.map { answer in
      var result = answer
      // Answers are checked against the sampled cases; the fallback never shows a real id.
      result.caseID = shownIDs[answer.caseID] ?? redactor.pseudonym(answer.caseID, type: "case")
      result.auditor = redactor.pseudonym(answer.auditor, type: "auditor")
      result.note = answer.note.isEmpty ? "" : "(note withheld)"
      return result
    }
  }

  /// Replaces the data by its pseudonymised copy after the sample is drawn, so a redacted audit
  /// draws exactly the cases an unredacted one would, and everything scored or shown from here
  /// on (case ids, strata, evidence, groupings) carries pseudonyms only.
  mutating func redact(by redactor: Redactor) {
    let shown = data.dataset.redacted(by: redactor)
    let caseType = plan.pack.schema.caseType
    var shownByRow = [FrameCase?](repeating: nil, count: shown.tables[caseType].count)
    for item in PopulationFrame(plan: plan, data: shown).cases { shownByRow[item.row] = item }
    var strataNames: [String: String] = [:]
    func shownCase(_ item: FrameCase) -> FrameCase {
      var result = item
      result.caseID = shown.key(of: RecordRef(type: caseType, row: item.row))
      // The population is decided on the real data; a stratum the pseudonymised data cannot
      // name (an expression over id text) still gets a pseudonym rather than its real label.
      result.stratum =
        shownByRow[item.row]?.stratum ?? redactor.pseudonym(item.stratum, type: "stratum")
      strataNames[item.stratum] = result.stratum
      return result
    }
    frame.cases = frame.cases.map(shownCase)
    frame.invalidWeights = frame.invalidWeights.map { invalid in
      var result = invalid
      result.caseID = shown.key(of: RecordRef(type: caseType, row: invalid.row))
      return result
    }.sorted { $0.caseID.utf8.lexicographicallyPrecedes($1.caseID.utf8) }
    sample.cases = sample.cases.map { drawn in
      var result = drawn
      result.frameCase = shownCase(drawn.frameCase)
      return result
    }
    sample.strata = sample.strata.map { stratum in
      var result = stratum
      result.name = strataNames[stratum.name] ?? redactor.pseudonym(stratum.name, type: "stratum")
      return result
    }
    .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    data.dataset = shown
    redacted = true
  }
}
