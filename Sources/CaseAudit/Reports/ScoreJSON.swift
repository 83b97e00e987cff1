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
    var sink = ByteSink()
    try write(to: &sink)
    return String(decoding: sink.bytes, as: UTF8.self)
  }

  /// Writes the JSON text into `sink` as it goes, case by case: the same bytes as encoding
  /// the document with `JSONEncoder` (keys sorted, slashes unescaped) and a line break, in
  /// memory bounded by the sink's buffer rather than by the document.
  public func write(to sink: inout ByteSink) throws {
    try sink.jsonObject(members)
    sink.write(byte: 0x0A)
  }

  /// The document's members, for a document that adds its own (`AuditJSON`).
  var members: [(key: String, value: (inout ByteSink) throws -> Void)] {
    Self.members(
      pack: pack, context: context, cases: { Self.write(cases: results, to: &$0) },
      summary: { summary })
  }

  /// The members of a document whose cases `cases` writes, and whose summary is asked for
  /// only once they are written (a document streamed as its cases are scored).
  static func members(
    pack: RulePack, context: AuditContext,
    cases: @escaping (inout ByteSink) throws -> Void, summary: @escaping () -> ScoreSummary
  ) -> [(key: String, value: (inout ByteSink) throws -> Void)] {
    [
      ("schema_version", { $0.json(1) }),
      (
        "pack",
        { sink in
          sink.write(byte: 0x7B)
          sink.json(key: "fingerprint", first: true)
          sink.json(pack.fingerprint)
          sink.json(key: "id")
          sink.json(pack.id)
          sink.json(key: "version")
          sink.json(pack.version)
          sink.write(byte: 0x7D)
        }
      ),
      ("as_at", { $0.json(context.asAt?.description) }),
      (
        "period",
        { sink in
          sink.write(byte: 0x7B)
          sink.json(key: "end", first: true)
          sink.json(context.periodEnd?.description)
          sink.json(key: "start")
          sink.json(context.periodStart?.description)
          sink.write(byte: 0x7D)
        }
      ),
      ("cases", cases),
      ("summary", { try $0.json(encoding: SummaryJSON(summary: summary())) }),
    ]
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
    try root.encode(SummaryJSON(summary: summary), forKey: .summary)
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
}
