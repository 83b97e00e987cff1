import Foundation

/// The stable JSON of a scoring run (`schema_version` 1): keys sorted, documented in README.md.
public struct ScoreJSON: Encodable {
  let pack: RulePack
  let context: AuditContext
  let results: [CaseResult]
  let summary: ScoreSummary

  /// Creates the document.
  public init(pack: RulePack, context: AuditContext, results: [CaseResult], summary: ScoreSummary) {
    self.pack = pack
    self.context = context
    self.results = results
    self.summary = summary
  }

  /// The JSON text, with sorted keys and a final line break.
  public func render() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  private enum Keys: String, CodingKey {
    case schemaVersion = "schema_version"
    case pack
    case asAt = "as_at"
    case period, cases, summary
    case id, version, fingerprint, start, end
    case caseID = "case_id"
    case grade, score, findings
    case ruleID = "rule_id"
    case outcome, message
    case evidence, items
    case itemID = "item_id"
    case rules, grades, title, tallies, total, value, count
    case rows
    case unknownCases = "unknown_cases"
  }

  /// Encodes the document.
  public func encode(to encoder: Encoder) throws {
    var root = encoder.container(keyedBy: Keys.self)
    try root.encode(1, forKey: .schemaVersion)
    var packObject = root.nestedContainer(keyedBy: Keys.self, forKey: .pack)
    try packObject.encode(pack.id, forKey: .id)
    try packObject.encode(pack.version, forKey: .version)
    try packObject.encode(pack.fingerprint, forKey: .fingerprint)
    try root.encode(context.asAt?.description, forKey: .asAt)
    var period = root.nestedContainer(keyedBy: Keys.self, forKey: .period)
    try period.encode(context.periodStart?.description, forKey: .start)
    try period.encode(context.periodEnd?.description, forKey: .end)
    var cases = root.nestedUnkeyedContainer(forKey: .cases)
    for result in results {
      var object = cases.nestedContainer(keyedBy: Keys.self)
      try object.encode(result.caseID, forKey: .caseID)
      try object.encode(result.grade, forKey: .grade)
      var findings = object.nestedUnkeyedContainer(forKey: .findings)
      for finding in result.findings {
        var item = findings.nestedContainer(keyedBy: Keys.self)
        try item.encode(finding.ruleID, forKey: .ruleID)
        try encodeOutcome(finding.outcome, finding.message, finding.evidence, into: &item)
        var items = item.nestedUnkeyedContainer(forKey: .items)
        for entry in finding.items {
          var object = items.nestedContainer(keyedBy: Keys.self)
          try object.encode(entry.itemID, forKey: .itemID)
          try encodeOutcome(entry.outcome, entry.message, entry.evidence, into: &object)
        }
      }
    }
    try encodeSummary(into: &root)
  }

  private func encodeOutcome(
    _ outcome: Outcome, _ message: String?, _ evidence: [EvidenceValue],
    into container: inout KeyedEncodingContainer<Keys>
  ) throws {
    try container.encode(outcome.rawValue, forKey: .outcome)
    try container.encode(message, forKey: .message)
    try container.encode(
      Dictionary(evidence.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }),
      forKey: .evidence)
  }

  private func encodeSummary(into root: inout KeyedEncodingContainer<Keys>) throws {
    var object = root.nestedContainer(keyedBy: Keys.self, forKey: .summary)
    try object.encode(summary.caseCount, forKey: .cases)
    try object.encode(
      Dictionary(summary.grades.map { ($0.grade, $0.cases) }, uniquingKeysWith: { a, _ in a }),
      forKey: .grades)
    var tallies = object.nestedUnkeyedContainer(forKey: .tallies)
    for tally in summary.tallies {
      var entry = tallies.nestedContainer(keyedBy: Keys.self)
      try entry.encode(tally.id, forKey: .id)
      try entry.encode(tally.title, forKey: .title)
      try entry.encode(tally.total, forKey: .total)
      try entry.encode(tally.unknownCases, forKey: .unknownCases)
      var rows = entry.nestedUnkeyedContainer(forKey: .rows)
      for row in tally.rows {
        var rowObject = rows.nestedContainer(keyedBy: Keys.self)
        try rowObject.encode(row.value, forKey: .value)
        try rowObject.encode(row.count, forKey: .count)
      }
    }
    var rules = object.nestedUnkeyedContainer(forKey: .rules)
    for rule in summary.rules {
      var entry = rules.nestedContainer(keyedBy: Keys.self)
      try entry.encode(rule.ruleID, forKey: .ruleID)
      try entry.encode(rule.title, forKey: .title)
      try entry.encode(rule.cases, forKey: .cases)
      if rule.scoresItems { try entry.encode(rule.items, forKey: .items) }
    }
  }
}
