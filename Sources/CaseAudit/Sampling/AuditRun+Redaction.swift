extension AuditRun {
  /// Replaces the data by its pseudonymised copy after the sample is drawn, so a redacted audit
  /// draws exactly the cases an unredacted one would, and everything scored or shown from here
  /// on (case ids, strata, evidence, groupings) carries pseudonyms only.
  mutating func redact(by redactor: Redactor) {
    let shown = data.dataset.redacted(by: redactor)
    let shownFrame = PopulationFrame(plan: plan, data: shown)
    var shownByRow: [Int: FrameCase] = [:]
    for item in shownFrame.cases { shownByRow[item.row] = item }
    let caseType = plan.pack.schema.types[plan.pack.schema.caseType].name
    var strataNames: [String: String] = [:]
    func shownCase(_ item: FrameCase) -> FrameCase {
      var result = item
      result.caseID = redactor.pseudonym(item.caseID, type: caseType)
      // The population is decided on the real data; a stratum the pseudonymised data cannot
      // name (an expression over id text) still gets a pseudonym rather than its real label.
      result.stratum =
        shownByRow[item.row]?.stratum ?? redactor.pseudonym(item.stratum, type: "stratum")
      strataNames[item.stratum] = result.stratum
      return result
    }
    frame.cases = frame.cases.map(shownCase)
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
