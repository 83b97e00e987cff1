/// A rule a report's expressions may ask the outcome of: its place in the pack and what it
/// scores.
public struct OutcomeRule: Sendable {
  /// The rule's index in the pack's rules; nil for a rule that failed to load (its errors were
  /// reported; its outcomes are unknown).
  public var index: Int?
  /// The type of item it scores with `for_each`; nil when it scores the case once.
  public var item: ValueType?

  /// Creates an entry.
  public init(index: Int?, item: ValueType?) {
    self.index = index
    self.item = item
  }
}

extension ExpressionCompiler {
  /// The name of the call that reads a rule's outcome (`rule_outcome('reviews_within_timescale',
  /// r)`); no pack function may take it.
  public static let ruleOutcomeName = "rule_outcome"

  /// The codes `rule_outcome` gives, so text compared with it is checked like a code field's.
  static let outcomeCodes = CodeList(
    field: "rule outcome", codes: Outcome.allCases.map(\.rawValue))

  /// `rule_outcome('id', item)` (or `rule_outcome('id')` for a rule without `for_each`): the
  /// outcome the census gave the rule for that item, as text. The rule id must be a literal
  /// naming a rule of the pack, so a misspelt id is an error when the pack loads.
  mutating func buildRuleOutcome(
    _ args: [Syntax], at: Int, _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    let name = ExpressionCompiler.ruleOutcomeName
    guard let rules = outcomeRules else {
      throw source.error(
        "'\(name)' reads the outcomes of a scored census: it is available in report tables,"
          + " not in rules or functions they call", at: at)
    }
    guard let first = args.first, case .string(let id, let idAt) = first else {
      throw source.error(
        "'\(name)' needs a rule id in quotes first, as in \(name)('reviews_within_timescale', r)",
        at: args.first?.startOffset ?? at)
    }
    // A pack without rules was warned about already; a rule that failed to load, at its errors.
    guard let rule = rules[id], let index = rule.index else {
      if !rules.isEmpty && rules[id] == nil {
        let hint = NearMiss.hint(for: id, among: Array(rules.keys))
        throw source.error("unknown rule '\(id)'\(hint)", at: idAt)
      }
      for arg in args.dropFirst() { _ = try build(arg, scope, source) }
      var unknown = Compiled(.string) { _ in .null }
      unknown.codes = ExpressionCompiler.outcomeCodes
      return unknown
    }
    outcomeRulesRead.insert(id)
    guard let itemType = rule.item else {
      guard args.count == 1 else {
        throw source.error(
          "rule '\(id)' scores the case once, so '\(name)' takes only its id, got \(args.count)"
            + " arguments", at: at)
      }
      var compiled = Compiled(.string) { frame in
        frame.outcomes?.outcome(rule: index, item: nil, frame: frame) ?? .null
      }
      compiled.codes = ExpressionCompiler.outcomeCodes
      return compiled
    }
    guard args.count == 2 else {
      throw source.error(
        "rule '\(id)' scores each \(typeName(itemType)), so '\(name)' takes its id and the"
          + " \(typeName(itemType)), got \(args.count) argument\(args.count == 1 ? "" : "s")",
        at: at)
    }
    let item = try build(args[1], scope, source)
    guard [itemType, .null, .invalid].contains(item.type) else {
      throw source.error(
        "argument 2 of '\(name)' must be \(described(itemType)) (what rule '\(id)' scores),"
          + " but this is \(described(item.type))", at: args[1].startOffset)
    }
    let eval = item.eval
    var compiled = Compiled(.string) { frame in
      guard case .record(let record) = eval(&frame) else { return .null }
      return frame.outcomes?.outcome(rule: index, item: record, frame: frame) ?? .null
    }
    compiled.codes = ExpressionCompiler.outcomeCodes
    return compiled
  }
}
