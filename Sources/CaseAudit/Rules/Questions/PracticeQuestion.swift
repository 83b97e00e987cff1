/// A practice question of a pack: what the auditor judges by reading the case, where dates
/// cannot tell (is the IRO's footprint purposeful?), answered on the question's own scale.
public struct PracticeQuestion: Sendable {
  /// One answer of a scale: the key an auditor records and what readers see.
  public struct Choice: Sendable, Hashable {
    /// The key recorded in the history and findings.csv (`partly`).
    public var key: String
    /// What readers see; the key when the pack gives no label.
    public var label: String

    /// Creates a choice.
    public init(key: String, label: String? = nil) {
      self.key = key
      self.label = label ?? key
    }
  }

  /// The question's id (snake_case, unique among the pack's questions and rules).
  public var id: String
  /// The question as the auditor reads it.
  public var question: String
  /// The answers, in the pack's order.
  public var scale: [Choice]
  /// How to answer it: what the pack's owner means by each answer.
  public var guidance: String
  /// Which cases it is asked of; nil for every case.
  public var appliesTo: Compiled?
  /// The `applies_to` expression as written, for the pack's document.
  public var appliesToText: String?
  /// Where it is defined.
  public var location: SourceLocation

  /// The scale's keys, in order.
  public var keys: [String] { scale.map(\.key) }

  /// Whether the question is asked of the case in `frame`. An `applies_to` that is unknown for
  /// the case (records not provided) asks it: the auditor reading the case can tell, and a
  /// question is never silently dropped for missing data.
  public func applies(_ frame: inout Frame) -> Bool {
    guard let appliesTo else { return true }
    if case .bool(false) = appliesTo.eval(&frame) { return false }
    return true
  }
}
