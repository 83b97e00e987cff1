/// How many findings had each outcome.
public struct OutcomeCounts: Sendable, Hashable, Codable {
  /// Met.
  public var met = 0
  /// Not met.
  public var notMet = 0
  /// Insufficient evidence.
  public var insufficientEvidence = 0
  /// Not applicable.
  public var notApplicable = 0

  /// Creates zero counts.
  public init() {}

  /// Adds one outcome.
  public mutating func add(_ outcome: Outcome) {
    switch outcome {
    case .met: met += 1
    case .notMet: notMet += 1
    case .insufficientEvidence: insufficientEvidence += 1
    case .notApplicable: notApplicable += 1
    }
  }

  /// Adds another set of counts.
  public mutating func add(_ other: OutcomeCounts) {
    met += other.met
    notMet += other.notMet
    insufficientEvidence += other.insufficientEvidence
    notApplicable += other.notApplicable
  }

  /// Findings the rule applied to: met, not met or insufficient.
  public var applicable: Int { met + notMet + insufficientEvidence }

  /// Met over met and not met; nil when none was decided.
  public var compliance: Double? { met + notMet == 0 ? nil : Double(met) / Double(met + notMet) }

  enum CodingKeys: String, CodingKey {
    case met
    case notMet = "not_met"
    case insufficientEvidence = "insufficient_evidence"
    case notApplicable = "not_applicable"
  }
}

/// Per-rule outcome counts over a set of scored cases, for cases and for items.
public struct ScoreSummary: Sendable {
  /// One rule's counts.
  public struct RuleCounts: Sendable {
    /// The rule's id.
    public var ruleID: String
    /// Its title.
    public var title: String
    /// Case outcomes.
    public var cases = OutcomeCounts()
    /// Item outcomes (rules with for_each).
    public var items = OutcomeCounts()
    /// Whether the rule scores items.
    public var scoresItems: Bool
  }

  /// Cases scored.
  public var caseCount: Int
  /// Counts per rule, in pack order.
  public var rules: [RuleCounts]
  /// Cases per grade (`not graded` for cases with no decided rule), in band order.
  public var grades: [(grade: String, cases: Int)]
  /// The pack's tallies over the same cases.
  public var tallies: [TallyCounts]

  /// Creates a summary from counts already made (`Scorer.summary`).
  init(
    caseCount: Int, rules: [RuleCounts], grades: [(grade: String, cases: Int)],
    tallies: [TallyCounts]
  ) {
    self.caseCount = caseCount
    self.rules = rules
    self.grades = grades
    self.tallies = tallies
  }

  /// Adds the counts of other cases scored by the same scorer (tallies are not added).
  mutating func add(_ other: ScoreSummary) {
    caseCount += other.caseCount
    for index in rules.indices {
      rules[index].cases.add(other.rules[index].cases)
      rules[index].items.add(other.rules[index].items)
    }
    for index in grades.indices { grades[index].cases += other.grades[index].cases }
  }

  /// Counts the results of a scorer, with the tallies counted over the same cases.
  public init(results: [CaseResult], scorer: Scorer, tallies: [TallyCounts] = []) {
    self.tallies = tallies
    caseCount = results.count
    var rules = scorer.rules.map {
      RuleCounts(ruleID: $0.id, title: $0.title, scoresItems: $0.forEach != nil)
    }
    var gradeCounts: [String: Int] = [:]
    for result in results {
      for (index, finding) in result.findings.enumerated() {
        rules[index].cases.add(finding.outcome)
        for item in finding.items { rules[index].items.add(item.outcome) }
      }
      gradeCounts[result.grade ?? "not graded", default: 0] += 1
    }
    self.rules = rules
    let bands = (scorer.pack.grading?.bands.map(\.name) ?? []) + ["not graded"]
    grades = bands.map { ($0, gradeCounts[$0] ?? 0) }
  }
}
