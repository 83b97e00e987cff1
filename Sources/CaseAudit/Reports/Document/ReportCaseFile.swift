/// One case of an audit as a report shows it: the case id and grade, facts about it (stratum,
/// priority key, score), its timeline and each standard's finding with evidence.
public struct ReportCaseFile: Sendable {
  /// An identifier unique in the document, usable as an HTML anchor (`case-C100001`).
  public var id: String
  /// The case's id as shown.
  public var caseID: String
  /// The case's grade (`good`, `not graded`).
  public var grade: String
  /// Facts shown under the heading (`Stratum`, `Priority key`, `Score`).
  public var facts: [ReportFact]
  /// The case's timeline, when there is one.
  public var timeline: ReportFigure?
  /// One finding per standard, in pack order.
  public var findings: [ReportFinding]

  /// Creates a case file.
  public init(
    id: String, caseID: String, grade: String, facts: [ReportFact] = [],
    timeline: ReportFigure? = nil, findings: [ReportFinding] = []
  ) {
    self.id = id
    self.caseID = caseID
    self.grade = grade
    self.facts = facts
    self.timeline = timeline
    self.findings = findings
  }
}

/// A standard's finding on a case, or on one item (review, escalation) within it.
public struct ReportFinding: Sendable, Hashable {
  /// The standard's rule id, or the item's id for an item.
  public var subject: String
  /// The outcome.
  public var outcome: Outcome
  /// What the rule says about it (empty when it says nothing).
  public var message: String
  /// The evidence as `name value; name value` (empty when there is none).
  public var evidence: String
  /// The items within it that are not met (reviews, escalations), each a finding of its own.
  public var items: [ReportFinding]

  /// Creates a finding.
  public init(
    subject: String, outcome: Outcome, message: String = "", evidence: String = "",
    items: [ReportFinding] = []
  ) {
    self.subject = subject
    self.outcome = outcome
    self.message = message
    self.evidence = evidence
    self.items = items
  }
}
