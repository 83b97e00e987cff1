/// Where `RuleEvaluator.outcome` puts each item's outcome: counts for a summary, the items
/// themselves for a census whose tables read them (`rule_outcome`).
protocol ItemOutcomeSink {
  /// Takes one item's outcome.
  mutating func add(_ outcome: Outcome, of item: Value)
}

extension OutcomeCounts: ItemOutcomeSink {
  mutating func add(_ outcome: Outcome, of item: Value) { add(outcome) }
}

extension RuleEvaluator {
  /// The rule's outcome for the frame's case, with its items' outcomes given to `items`: what
  /// a summary counts, decided as `evaluate` decides it, with no evidence, message or item id
  /// rendered.
  ///
  /// `missing` is whether `missingFields` found a field the export does not provide; `list`
  /// holds the items once evaluated for the case, as in `evaluate(_:missing:frame:list:)`.
  static func outcome<Items: ItemOutcomeSink>(
    _ rule: RulePlan, missing: Bool, frame: inout Frame, items: inout Items,
    list known: inout Value?
  ) -> Outcome {
    if missing { return .insufficientEvidence }
    guard let slot = rule.itemSlot else { return outcomeOnce(rule, frame: &frame) }
    if known == nil { known = rule.items?(&frame) }
    guard case .list(let list)? = known else { return .insufficientEvidence }
    var (anyNotMet, anyUnknown, anyMet) = (false, false, false)
    for item in list {
      frame.slots[slot] = item
      let outcome = outcomeOnce(rule, frame: &frame)
      items.add(outcome, of: item)
      switch outcome {
      case .notMet: anyNotMet = true
      case .insufficientEvidence: anyUnknown = true
      case .met: anyMet = true
      case .notApplicable: break
      }
    }
    // As Outcome.combining: any not met, else any insufficient, else any met.
    if anyNotMet { return .notMet }
    if anyUnknown { return .insufficientEvidence }
    return anyMet ? .met : .notApplicable
  }

  /// One evaluation's outcome: `when`, the `let`s and `expect`, as `evaluate` runs them.
  private static func outcomeOnce(_ rule: RulePlan, frame: inout Frame) -> Outcome {
    var applicable = Value.bool(true)
    if let when = rule.when {
      applicable = when(&frame)
      if applicable.isFalse { return .notApplicable }
    }
    for index in rule.letSlots.indices {
      frame.slots[rule.letSlots[index]] = rule.letValues[index](&frame)
    }
    guard applicable.isTrue else { return .insufficientEvidence }
    switch rule.expect(&frame) {
    case .bool(true): return .met
    case .bool(false): return .notMet
    default: return .insufficientEvidence
    }
  }
}
