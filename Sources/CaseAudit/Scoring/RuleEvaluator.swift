import Foundation

/// Evaluates a compiled rule for the case in a frame, with three-valued outcomes.
public enum RuleEvaluator {
  /// The rule's finding for the frame's case.
  public static func evaluate(_ rule: Rule, frame: inout Frame) -> RuleFinding {
    var list: Value?
    return evaluate(
      RulePlan(rule), missing: missingFields(rule, frame.data), frame: &frame, list: &list)
  }

  /// Why the export cannot judge the rule at all (a field it reads was not provided), or nil:
  /// the same for every case, so a census finds it once per rule.
  static func missingFields(_ rule: Rule, _ data: Dataset) -> String? {
    data.notProvided(rule.reads).map { "insufficient evidence: the export does not provide \($0)" }
  }

  /// The rule's finding for the frame's case, given what `missingFields` said of the export;
  /// `list` holds the items of its `for_each` once evaluated for
  /// this case, so a rule whose `for_each` is written the same as an earlier rule's (see
  /// `Scorer.sameItems`) takes that rule's items instead of evaluating them again.
  static func evaluate(
    _ rule: RulePlan, missing: String?, frame: inout Frame, list known: inout Value?
  ) -> RuleFinding {
    if let missing {
      return RuleFinding(
        ruleID: rule.id, outcome: .insufficientEvidence, message: missing, evidence: [],
        items: [])
    }
    guard let slot = rule.itemSlot else {
      let single = evaluateOnce(rule, frame: &frame)
      return RuleFinding(
        ruleID: rule.id, outcome: single.outcome, message: single.message,
        evidence: single.evidence, items: [])
    }
    if known == nil { known = rule.items?(&frame) }
    guard case .list(let list)? = known else {
      return RuleFinding(
        ruleID: rule.id, outcome: .insufficientEvidence,
        message: "insufficient evidence: the records this rule scores were not provided, or"
          + " some of the case's were excluded for errors",
        evidence: [], items: [])
    }
    var items: [ItemFinding] = []
    items.reserveCapacity(list.count)
    // The items' outcomes are counted as they come: they make the case's outcome and summary.
    var counts = ItemCounts()
    for item in list {
      frame.slots[slot] = item
      let single = evaluateOnce(rule, frame: &frame)
      let id: String
      if case .record(let record) = item {
        id = frame.data.key(of: record)
      } else {
        id = frame.data.render(item)
      }
      counts.add(single.outcome)
      items.append(
        ItemFinding(
          itemID: id, outcome: single.outcome, message: single.message, evidence: single.evidence))
    }
    let outcome = counts.combined
    return RuleFinding(
      ruleID: rule.id, outcome: outcome,
      message: summary(counts, outcome: outcome, noun: noun(rule.itemType, frame.data.schema)),
      evidence: [], items: items)
  }

  /// How many of a rule's items had each outcome.
  struct ItemCounts {
    /// Items met.
    var met = 0
    /// Items not met.
    var notMet = 0
    /// Items with insufficient evidence.
    var insufficient = 0
    /// Items the rule did not apply to.
    var notApplicable = 0

    /// Counts one item.
    mutating func add(_ outcome: Outcome) {
      switch outcome {
      case .met: met += 1
      case .notMet: notMet += 1
      case .insufficientEvidence: insufficient += 1
      case .notApplicable: notApplicable += 1
      }
    }

    /// The case's outcome, as `Outcome.combining` gives it from the items' outcomes.
    var combined: Outcome {
      notMet > 0
        ? .notMet
        : insufficient > 0 ? .insufficientEvidence : met > 0 ? .met : .notApplicable
    }

    /// The items the rule applied to.
    var applicable: Int { met + notMet + insufficient }
  }

  private static func evaluateOnce(_ rule: RulePlan, frame: inout Frame)
    -> (outcome: Outcome, message: String?, evidence: [EvidenceValue])
  {
    frame.workingDaysOutside = nil
    var applicable = Value.bool(true)
    if let when = rule.when {
      applicable = when(&frame)
      if applicable.isFalse { return (.notApplicable, nil, []) }
    }
    for index in rule.letSlots.indices {
      frame.slots[rule.letSlots[index]] = rule.letValues[index](&frame)
    }
    let expectation = applicable.isTrue ? rule.expect(&frame) : .null
    let outcome: Outcome
    switch expectation {
    case .bool(true): outcome = .met
    case .bool(false): outcome = .notMet
    default: outcome = .insufficientEvidence
    }
    var evidence: [EvidenceValue] = []
    evidence.reserveCapacity(rule.evidenceNames.count)
    for index in rule.evidenceNames.indices {
      // Evaluated before rendering: reading frame.data across the inout call copies the data.
      let value = rule.evidenceValues[index](&frame)
      evidence.append(
        EvidenceValue(name: rule.evidenceNames[index], value: frame.data.render(value)))
    }
    switch outcome {
    case .notMet:
      let message = rule.message.map { render($0, frame: &frame) } ?? "not met: \(rule.title)"
      return (outcome, message, evidence)
    case .insufficientEvidence:
      let unknown = evidence.filter { $0.value == "unknown" }.map(\.name)
      let message =
        applicable.isNull
        ? "insufficient evidence: cannot tell whether the rule applies"
        : unknown.isEmpty
          ? "insufficient evidence: the records needed to decide are missing"
          : "insufficient evidence: \(unknown.joined(separator: ", ")) unknown"
      guard let years = frame.workingDaysOutside else { return (outcome, message, evidence) }
      let reason =
        "; working days are unknown outside the calendar's years"
        + " (the calendar covers \(HolidayCalendar.text(ofYears: years)))"
      return (outcome, message + reason, evidence)
    default:
      return (outcome, nil, evidence)
    }
  }

  /// Fills a message's holes.
  static func render(_ template: MessageTemplate, frame: inout Frame) -> String {
    var text = ""
    for part in template.parts {
      switch part {
      case .text(let literal): text += literal
      case .value(let compiled):
        let value = compiled.eval(&frame)
        text += frame.data.render(value)
      }
    }
    return text
  }

  private static func noun(_ type: Int?, _ schema: Schema) -> String {
    guard let type else { return "items" }
    return spaced(Schema.plural(of: schema.types[type].name))
  }

  /// The text with each `_` character a space (`care_plans` to `care plans`).
  static func spaced(_ text: String) -> String {
    // An ASCII text's characters are its bytes, replaced without breaking the text into
    // characters (which cost more than the rest of the finding); any other, character by
    // character, where a combining mark after `_` makes a character that is not `_`.
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return String(text.map { $0 == "_" ? " " : $0 })
    }
    guard text.utf8.contains(0x5F) else { return text }
    return String(decoding: text.utf8.map { $0 == 0x5F ? 0x20 : $0 }, as: UTF8.self)
  }

  /// `2 of 5 reviews not met; 1 with insufficient evidence`, for item rules.
  private static func summary(
    _ counts: ItemCounts, outcome: Outcome, noun: @autoclosure () -> String
  ) -> String? {
    guard outcome == .notMet || outcome == .insufficientEvidence else { return nil }
    let (applicable, notMet, unknown) = (counts.applicable, counts.notMet, counts.insufficient)
    let noun = noun()
    var parts: [String] = []
    if notMet > 0 { parts.append("\(notMet) of \(applicable) \(noun) not met") }
    if unknown > 0 {
      parts.append("\(unknown) of \(applicable) \(noun) with insufficient evidence")
    }
    return parts.joined(separator: "; ")
  }
}
