/// Runs rule examples as tests: each example's case must get the outcome the example states.
public struct ExampleRunner: Sendable {
  /// The result of one example.
  public struct Result: Sendable {
    /// The rule's id.
    public var ruleID: String
    /// The example's name.
    public var example: String
    /// Nil when it passed; otherwise the failure, at the example's line.
    public var failure: Diagnostic?
  }

  /// The pack whose examples run.
  public let pack: RulePack

  /// Creates a runner.
  public init(pack: RulePack) { self.pack = pack }

  /// Runs every example of every rule, in pack order.
  public func run() -> [Result] {
    pack.rules.flatMap { rule in rule.examples.map { run($0, of: rule) } }
  }

  /// Runs one example.
  public func run(_ example: RuleExample, of rule: Rule) -> Result {
    var frame = Frame(
      data: example.data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
      params: pack.parameters.values, asAt: example.asAt, period: example.period,
      slotCount: pack.slotCount)
    let finding = RuleEvaluator.evaluate(rule, frame: &frame)
    var problems: [String] = []
    if finding.outcome != example.outcome {
      problems.append("expected \(example.outcome.rawValue), got \(finding.outcome.rawValue)")
    }
    let itemOutcomes = finding.items.map(\.outcome)
    if let expected = example.items, expected != itemOutcomes {
      let show: ([Outcome]) -> String = { "[" + $0.map(\.rawValue).joined(separator: ", ") + "]" }
      problems.append("expected items \(show(expected)), got \(show(itemOutcomes))")
    }
    let evidence = deciding(finding)
    for name in example.evidence.keys.sorted() {
      let actual = evidence.first { $0.name == name }?.value ?? "unknown"
      if actual != example.evidence[name] {
        problems.append("expected evidence \(name) '\(example.evidence[name]!)', got '\(actual)'")
      }
    }
    guard !problems.isEmpty else {
      return Result(ruleID: rule.id, example: example.name, failure: nil)
    }
    var message =
      "example '\(example.name)' of rule '\(rule.id)': " + problems.joined(separator: "; ")
    if !evidence.isEmpty {
      message +=
        " (evidence: " + evidence.map { "\($0.name) \($0.value)" }.joined(separator: ", ") + ")"
    }
    let failure = Diagnostic.error(message, at: example.location, sourceLine: example.sourceLine)
    return Result(ruleID: rule.id, example: example.name, failure: failure)
  }

  /// The evidence that decided a finding: the case's, or the first item with the case outcome.
  private func deciding(_ finding: RuleFinding) -> [EvidenceValue] {
    if finding.items.isEmpty { return finding.evidence }
    return (finding.items.first { $0.outcome == finding.outcome } ?? finding.items.first)?.evidence
      ?? []
  }
}
