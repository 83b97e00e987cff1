/// What scoring any run of a census's cases needs, prepared once for all of them.
struct CaseScoring: Sendable {
  /// The rules scored.
  let scorer: Scorer
  /// The data scored.
  let data: Dataset
  /// The as-at date and period.
  let context: AuditContext
  /// The rows of the cases scored, in order.
  let rows: [Int]
  /// The pack's grading, when it has one.
  let grader: Grader?
  /// Each rule's weight in the grade.
  let weights: [Grader.Weight]
  /// For each rule, why the export cannot judge it at all (`RuleEvaluator.missingFields`).
  let missing: [String?]
  /// Reads each case's records ahead of its rules, with the ids that name its items.
  let prefetch: CasePrefetch

  /// Prepares scoring the cases at `rows` of `data`.
  init(_ scorer: Scorer, data: Dataset, context: AuditContext, rows: [Int]) {
    self.scorer = scorer
    self.data = data
    self.context = context
    self.rows = rows
    grader = Grader(pack: scorer.pack)
    weights = grader?.weights(of: scorer.rules) ?? []
    missing = scorer.rules.map { RuleEvaluator.missingFields($0, data) }
    prefetch = CasePrefetch(rules: scorer.rules, schema: scorer.pack.schema, keys: true)
  }

  /// The results of the cases at `rows[range]`, in order.
  func score(_ range: Range<Int>) -> [CaseResult] {
    let rules = scorer.plans
    var frame = scorer.scoringFrame(data, context: context)
    var outcomes = [Outcome](repeating: .notApplicable, count: rules.count)
    var lists = [Value?](repeating: nil, count: rules.count)
    return range.map { index in
      frame.caseRecord = RecordRef(type: scorer.pack.schema.caseType, row: rows[index])
      frame.prefetched = prefetch.read(data, caseRow: rows[index])
      var findings: [RuleFinding] = []
      findings.reserveCapacity(rules.count)
      for position in lists.indices { lists[position] = nil }
      for position in rules.indices {
        let finding = RuleEvaluator.evaluate(
          rules[position], missing: missing[position], frame: &frame,
          list: &lists[scorer.sameItems[position]])
        outcomes[position] = finding.outcome
        findings.append(finding)
      }
      let graded = grader?.grade(outcomes, weights: weights)
      return CaseResult(
        caseID: data.key(of: frame.caseRecord), score: graded?.score,
        grade: graded.flatMap { grader?.grading.bands[$0.band].name }, findings: findings)
    }
  }
}
