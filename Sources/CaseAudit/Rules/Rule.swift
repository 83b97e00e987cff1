/// How much a rule's failure matters; a `critical` failure can cap a case's grade.
public enum Severity: String, Sendable, Hashable, CaseIterable {
  case info, minor, major, critical
}

/// The result of a rule for a case or an item.
public enum Outcome: String, Sendable, Hashable, CaseIterable {
  case met
  case notMet = "not_met"
  case insufficientEvidence = "insufficient_evidence"
  case notApplicable = "not_applicable"

  /// Combines item outcomes into the case outcome: any not met, else any insufficient, else any
  /// met, else not applicable.
  public static func combining(_ outcomes: [Outcome]) -> Outcome {
    if outcomes.contains(.notMet) { return .notMet }
    if outcomes.contains(.insufficientEvidence) { return .insufficientEvidence }
    if outcomes.contains(.met) { return .met }
    return .notApplicable
  }
}

/// A rule's message with `{expression}` holes filled from the evaluation.
public struct MessageTemplate: Sendable {
  /// A piece of the message.
  public enum Part: Sendable {
    case text(String)
    case value(Compiled)
  }

  /// The pieces in order.
  public var parts: [Part]

  /// Creates a template from its parts.
  public init(parts: [Part]) { self.parts = parts }
}

/// The expressions of a rule as written, for documentation and `rules diff`.
public struct RuleText: Sendable, Hashable {
  /// `for_each` as written (`reviews.filter(...) as r`).
  public var forEach: String?
  /// `when` as written.
  public var when: String?
  /// `let` names and expressions, in order.
  public var lets: [[String]]
  /// `expect` as written.
  public var expect: String
  /// `evidence` names and expressions, in order.
  public var evidence: [[String]]
  /// `message` as written.
  public var message: String?
}

/// A compiled practice standard.
public struct Rule: Sendable {
  /// A `for_each` clause: the items and the slot each is bound to.
  public struct ForEach: Sendable {
    /// The variable's name.
    public var variable: String
    /// The variable's slot.
    public var slot: Int
    /// The list of items.
    public var list: Compiled
  }

  /// A `let` binding.
  public struct Binding: Sendable {
    /// The name.
    public var name: String
    /// Its slot.
    public var slot: Int
    /// Its compiled expression.
    public var value: Compiled
  }

  /// The rule's id (snake_case, unique in the pack).
  public var id: String
  /// Its one-line title.
  public var title: String
  /// The standard or regulation it encodes.
  public var standard: String?
  /// How much a failure matters.
  public var severity: Severity
  /// Its weight in a case's score.
  public var weight: Double
  /// Tags such as `data_quality`.
  public var tags: [String]
  /// Whether it is scored.
  public var enabled: Bool
  /// Where it is defined (the `- id:` line).
  public var location: SourceLocation
  /// Its expressions as written.
  public var text: RuleText
  /// Items to score, when it scores items.
  public var forEach: ForEach?
  /// Applicability.
  public var when: Compiled?
  /// Named values.
  public var lets: [Binding]
  /// The expectation.
  public var expect: Compiled
  /// Values shown beside a finding.
  public var evidence: [(name: String, value: Compiled)]
  /// Message for a finding that is not met.
  public var message: MessageTemplate?
  /// Its examples, run by `rules test`.
  public var examples: [RuleExample]
  /// The fields its logic (for_each, when, let, expect) reads; when an export lacks one the
  /// rule cannot be judged.
  public var reads: [FieldRef] = []
  /// The record types any of its expressions (for_each, when, let, expect, evidence, message)
  /// reads, with the functions they call, in schema order: what an import must load for it.
  public var typesRead: [Int] = []
}
