/// Everything an audit report shows, computed once and rendered to every format.
public struct AuditReport: Sendable {
  /// The run.
  public let run: AuditRun
  /// How the sample was drawn.
  public let design: SampleDesign
  /// Per-rule statistics, in pack order.
  public let statistics: [RuleStatistics]
  /// Grades of the sampled cases.
  public let summary: ScoreSummary
  /// Consistency by each of the pack's groupings.
  public let consistency: [ConsistencyTable]
  /// Each sampled case's unit per grouping, in sample order.
  public let units: [[String]]
  /// Each sampled case's practice questions (those that apply to it), in sample order.
  public let questions: [(caseID: String, questions: [PracticeQuestion])]
  /// The audit's place in the history: its id, the plan's trends and any moderation; nil when
  /// the audit is not recorded.
  public var history: ReportHistory?
  /// The engine's version, printed in every report.
  public static let engineVersion = "0.1.0"
  /// What a redacted report says about itself.
  public static let redactionNotice =
    "ids, references and personal fields are keyed pseudonyms; priority keys are left out"

  /// Computes the report of a run.
  public init(run: AuditRun) {
    self.run = run
    questions = run.applicableQuestions()
    let tallies = run.scorer.tallies(
      run.data.dataset, context: run.plan.context, rows: run.sample.cases.map(\.frameCase.row),
      slotCount: run.plan.slotCount)
    summary = ScoreSummary(results: run.results, scorer: run.scorer, tallies: tallies)
    let design = SampleDesign(plan: run.plan)
    self.design = design
    let weights = design.designWeights(run.sample, frame: run.frame.cases)
    statistics = run.scorer.rules.enumerated().map { index, rule in
      RuleStatistics(
        rule: rule, findings: run.results.map { $0.findings[index] }, sample: run.sample,
        design: design, designWeights: weights)
    }
    let pack = run.plan.pack
    var frame = Frame(
      data: run.data.dataset, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
      params: pack.parameters.values, asAt: run.plan.context.asAtValue,
      period: run.plan.context.periodValue, slotCount: run.plan.slotCount)
    let caseUnits = run.sample.cases.map { drawn in
      frame.caseRecord = RecordRef(type: pack.schema.caseType, row: drawn.frameCase.row)
      return pack.groupings.map { grouping in
        if case .string(let name) = grouping.value.eval(&frame) { return name }
        return "(unknown)"
      }
    }
    units = caseUnits
    let ids = run.scorer.rules.map(\.id)
    consistency = pack.groupings.indices.map { grouping in
      ConsistencyTable(
        grouping: pack.groupings[grouping].name, rules: ids,
        cases: zip(caseUnits, run.results).map { ($0[grouping], $1.findings) })
    }
  }
}

/// What the audit history adds to a report.
public struct ReportHistory: Sendable {
  /// The audit's id in the history.
  public var auditID: Int64
  /// Each rule's compliance in this and the plan's earlier audits.
  public var trends: [Trend]
  /// Agreement of the auditors' moderation, when the audit has been moderated.
  public var agreement: ModerationAgreement?
  /// The answers to the practice questions, when the audit recorded any questions.
  public var answers: QuestionAnswers?
  /// The auditors' judgements the report shows, for findings.csv's auditor columns.
  public var judgements: [Moderation]
  /// The auditors' answers to the practice questions, for findings.csv's question rows.
  public var practiceAnswers: [PracticeAnswer]

  /// Creates the history part of a report.
  public init(
    auditID: Int64, trends: [Trend], agreement: ModerationAgreement?,
    answers: QuestionAnswers? = nil, judgements: [Moderation] = [],
    practiceAnswers: [PracticeAnswer] = []
  ) {
    self.auditID = auditID
    self.trends = trends
    self.agreement = agreement
    self.answers = answers
    self.judgements = judgements
    self.practiceAnswers = practiceAnswers
  }
}
