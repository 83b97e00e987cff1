/// A named value shown beside a finding, already rendered as text.
public struct EvidenceValue: Sendable, Hashable {
  /// The evidence's name in the rule.
  public var name: String
  /// The value as text (`unknown` when missing).
  public var value: String

  /// Creates an evidence value.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// The outcome of a rule for one item of a case (a review, a period, an action).
public struct ItemFinding: Sendable, Hashable {
  /// The item's key (its record's key field).
  public var itemID: String
  /// The item's outcome.
  public var outcome: Outcome
  /// Why it is not met or cannot be decided; nil when met or not applicable.
  public var message: String?
  /// The rule's evidence for this item.
  public var evidence: [EvidenceValue]
}

/// The outcome of one rule for one case.
public struct RuleFinding: Sendable, Hashable {
  /// The rule's id.
  public var ruleID: String
  /// The case outcome (for item rules, combined from the items).
  public var outcome: Outcome
  /// Why it is not met or cannot be decided; nil when met or not applicable.
  public var message: String?
  /// The rule's evidence (for case rules; item rules carry it per item).
  public var evidence: [EvidenceValue]
  /// Item findings, for rules with `for_each`.
  public var items: [ItemFinding]
}
