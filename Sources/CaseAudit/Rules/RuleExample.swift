/// One inline example of a rule: a tiny case and the outcome the rule must give it.
public struct RuleExample: Sendable {
  /// What the example shows.
  public var name: String
  /// Where it is written (its first key).
  public var location: SourceLocation
  /// The quoted line at `location`.
  public var sourceLine: String?
  /// The expected case outcome.
  public var outcome: Outcome
  /// Expected item outcomes, in order, when given.
  public var items: [Outcome]?
  /// Expected evidence texts by name, when given.
  public var evidence: [String: String]
  /// The example's records: its case is the dataset's only case record.
  public var data: Dataset
  /// `audit.as_at` for the example, or null.
  public var asAt: Value
  /// `audit.period` for the example (open when not given).
  public var period: Value
  /// The records as written, for documentation: collection name, then rows of field texts.
  public var table: [(collection: String, fields: [String], rows: [[String]])]
}
