import Foundation

/// Reads a rule's inline examples into tiny datasets, checked against the schema.
struct ExampleLoader {
  static let keys = ["name", "outcome", "items", "evidence", "as_at", "period", "case"]

  let file: SourceFile
  let schema: Schema

  /// Loads every example of a rule; problems are diagnostics at their position.
  func load(_ node: YAMLNode, rule: Rule, diagnostics: inout [Diagnostic]) -> [RuleExample] {
    guard let items = node.items else {
      diagnostics.append(file.error("'examples' must be a list of examples", at: node))
      return []
    }
    return items.compactMap { load(example: $0, rule: rule, diagnostics: &diagnostics) }
  }

  private func load(example node: YAMLNode, rule: Rule, diagnostics: inout [Diagnostic])
    -> RuleExample?
  {
    let start = diagnostics.count
    guard
      let reader = MappingReader(
        node, file: file, what: "an example", allowed: ExampleLoader.keys,
        required: ["name", "outcome"], diagnostics: &diagnostics),
      let name = reader.text("name", diagnostics: &diagnostics),
      let outcomeText = reader.text("outcome", diagnostics: &diagnostics)
    else { return nil }
    let outcome = parseOutcome(outcomeText, at: reader["outcome"]!, &diagnostics)
    var items: [Outcome]?
    if let itemsNode = reader["items"] {
      if rule.forEach == nil {
        diagnostics.append(file.error("'items' is only for rules with for_each", at: itemsNode))
      }
      items = (itemsNode.items ?? []).compactMap { item in
        parseOutcome(item.scalar ?? "", at: item, &diagnostics)
      }
    }
    var evidence: [String: String] = [:]
    if let evidenceNode = reader["evidence"] {
      let names = rule.evidence.map(\.name)
      for (key, value) in evidenceNode.pairs ?? [] {
        let keyName = key.scalar ?? ""
        if !names.contains(keyName) {
          let hint = NearMiss.hint(for: keyName, among: names)
          diagnostics.append(
            file.error("rule '\(rule.id)' has no evidence '\(keyName)'\(hint)", at: key))
        }
        evidence[keyName] = value.isNull ? "unknown" : value.scalar ?? ""
      }
    }
    let asAt = date(reader["as_at"], "as_at", &diagnostics)
    let period = periodValue(reader["period"], &diagnostics)
    let caseNode = reader["case"] ?? YAMLNode(.mapping([]), line: node.line, column: node.column)
    let records = ExampleRecords(file: file, schema: schema)
    let built = records.build(caseNode, diagnostics: &diagnostics)
    guard diagnostics.count == start, let outcome, let built else { return nil }
    return RuleExample(
      name: name, location: file.location(line: node.line, column: node.column),
      sourceLine: file.line(node.line), outcome: outcome, items: items, evidence: evidence,
      data: built.data, asAt: asAt, period: period, table: built.table)
  }

  private func parseOutcome(_ text: String, at node: YAMLNode, _ diagnostics: inout [Diagnostic])
    -> Outcome?
  {
    if let outcome = Outcome(rawValue: text) { return outcome }
    let names = Outcome.allCases.map(\.rawValue)
    let hint = NearMiss.hint(for: text, among: names, expected: names.joined(separator: ", "))
    diagnostics.append(file.error("unknown outcome '\(text)'\(hint)", at: node))
    return nil
  }

  private func date(_ node: YAMLNode?, _ key: String, _ diagnostics: inout [Diagnostic]) -> Value {
    guard let node, !node.isNull else { return .null }
    guard let day = node.scalar.flatMap({ Day(iso: $0) }) else {
      diagnostics.append(
        file.error("\(key) '\(node.scalar ?? "")' is not a date (YYYY-MM-DD)", at: node))
      return .null
    }
    return .date(day)
  }

  /// `period: {start: D, end: D}` or `period: D..D`; either bound may be left out.
  private func periodValue(_ node: YAMLNode?, _ diagnostics: inout [Diagnostic]) -> Value {
    guard let node else { return .range(nil, nil) }
    if let text = node.scalar, let dots = text.range(of: "..") {
      let start = Day(iso: text[..<dots.lowerBound])
      let end = Day(iso: text[dots.upperBound...])
      if start == nil && !text[..<dots.lowerBound].isEmpty
        || end == nil && !text[dots.upperBound...].isEmpty
      {
        diagnostics.append(
          file.error("period '\(text)' must be written START..END with ISO dates", at: node))
      } else if let start, let end, end < start {
        diagnostics.append(
          file.error(
            "period '\(text)' ends before it starts; write START..END, START first", at: node))
      }
      return .range(start, end)
    }
    guard
      let reader = MappingReader(
        node, file: file, what: "period", allowed: ["start", "end"], diagnostics: &diagnostics)
    else { return .range(nil, nil) }
    var bounds: [Day?] = []
    for key in ["start", "end"] {
      if case .date(let day) = date(reader[key], key, &diagnostics) {
        bounds.append(day)
      } else {
        bounds.append(nil)
      }
    }
    if let start = bounds[0], let end = bounds[1], end < start {
      diagnostics.append(
        file.error(
          "period ends (\(end)) before it starts (\(start)); put the start first", at: node))
    }
    return .range(bounds[0], bounds[1])
  }
}
