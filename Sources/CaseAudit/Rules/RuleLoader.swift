import Foundation

/// Reads and compiles one rule of a rule file.
struct RuleLoader {
  static let keys = [
    "id", "title", "standard", "severity", "weight", "for_each", "when", "let", "expect",
    "evidence", "message", "examples", "tags", "enabled",
  ]

  let file: SourceFile
  let schema: Schema

  /// Compiles the rule at `node`; nil when any part has an error (all are reported).
  func load(
    _ node: YAMLNode, compiler: inout ExpressionCompiler, diagnostics: inout [Diagnostic]
  ) -> Rule? {
    let start = diagnostics.count + compiler.diagnostics.count
    guard
      let reader = MappingReader(
        node, file: file, what: "a rule", allowed: RuleLoader.keys,
        required: ["id", "title", "expect"], refusingEmpty: true, diagnostics: &diagnostics),
      let id = reader.text("id", diagnostics: &diagnostics)
    else { return nil }
    if !RuleLoader.isSnakeCase(id) {
      diagnostics.append(reader.error("rule id '\(id)' must be snake_case (a-z, 0-9, _)", at: "id"))
    }
    let title = reader.text("title", diagnostics: &diagnostics) ?? ""
    var severity = Severity.major
    if let text = reader.text("severity", diagnostics: &diagnostics) {
      if let value = Severity(rawValue: text) {
        severity = value
      } else {
        let hint = NearMiss.hint(for: text, among: Severity.allCases.map(\.rawValue))
        diagnostics.append(
          reader.error(
            "unknown severity '\(text)'\(hint); expected info, minor, major or critical",
            at: "severity"))
      }
    }
    var weight = 1.0
    if let text = reader.text("weight", diagnostics: &diagnostics) {
      if let value = Double(text), value >= 0, value.isFinite {
        weight = value
      } else {
        diagnostics.append(
          reader.error("weight '\(text)' must be a number of 0 or more", at: "weight"))
      }
    }
    var enabled = true
    if let text = reader.text("enabled", diagnostics: &diagnostics) {
      if text == "true" || text == "false" {
        enabled = text == "true"
      } else {
        diagnostics.append(
          reader.error("enabled must be true or false, not '\(text)'", at: "enabled"))
      }
    }
    var tags: [String] = []
    if let tagsNode = reader["tags"] {
      for item in tagsNode.items ?? [tagsNode] {
        if let tag = item.scalar { tags.append(tag) }
      }
    }
    var text = RuleText(forEach: nil, when: nil, lets: [], expect: "", evidence: [], message: nil)
    _ = compiler.takeReads()
    _ = compiler.takeTypesRead()
    var scope = Scope()
    var forEach: Rule.ForEach?
    if let forNode = expressionNode(reader, "for_each", &diagnostics) {
      text.forEach = forNode.scalar
      forEach = ForEachClause.compile(
        forNode, file: file, scope: &scope, compiler: &compiler, diagnostics: &diagnostics)
    }
    var when: Compiled?
    if let whenNode = expressionNode(reader, "when", &diagnostics) {
      text.when = whenNode.scalar
      when = compiler.compile(
        ExpressionSource(node: whenNode, file: file), in: scope, expecting: .bool, role: "'when'")
    }
    let lets = compileLets(reader, scope: &scope, text: &text, compiler: &compiler, &diagnostics)
    var expect: Compiled?
    if let expectNode = expressionNode(reader, "expect", &diagnostics) {
      text.expect = expectNode.scalar ?? ""
      expect = compiler.compile(
        ExpressionSource(node: expectNode, file: file), in: scope, expecting: .bool,
        role: "'expect'")
    }
    let reads = compiler.takeReadsInOrder()
    var evidence: [(name: String, value: Compiled)] = []
    if let evidenceNode = reader["evidence"] {
      for (key, value) in pairs(evidenceNode, "evidence", &diagnostics) {
        guard value.scalar != nil else {
          diagnostics.append(file.error("evidence '\(key)' must be an expression", at: value))
          continue
        }
        text.evidence.append([key, value.scalar ?? ""])
        if let compiled = compiler.compile(ExpressionSource(node: value, file: file), in: scope) {
          evidence.append((key, compiled))
        }
      }
    }
    var message: MessageTemplate?
    if let messageNode = expressionNode(reader, "message", &diagnostics) {
      text.message = messageNode.scalar
      message = MessageTemplateParser.compile(
        ExpressionSource(node: messageNode, file: file), scope: scope, compiler: &compiler)
    }
    let typesRead = compiler.takeTypesRead().sorted()
    guard diagnostics.count + compiler.diagnostics.count == start, let expect else { return nil }
    let location = file.location(line: node.line, column: node.column)
    return Rule(
      id: id, title: title, standard: reader.text("standard", diagnostics: &diagnostics),
      severity: severity, weight: weight, tags: tags, enabled: enabled, location: location,
      text: text, forEach: forEach, when: when, lets: lets, expect: expect, evidence: evidence,
      message: message, examples: [], reads: reads, typesRead: typesRead)
  }

  static func isSnakeCase(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first >= "a", first <= "z" else { return false }
    return text.unicodeScalars.allSatisfy {
      ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_"
    }
  }

  private func expressionNode(
    _ reader: MappingReader, _ key: String, _ diagnostics: inout [Diagnostic]
  ) -> YAMLNode? {
    guard let node = reader[key], !node.isNull else { return nil }
    guard node.scalar != nil else {
      diagnostics.append(
        file.error("'\(key)' must be an expression, not \(node.kindDescription)", at: node))
      return nil
    }
    return node
  }

  private func pairs(
    _ node: YAMLNode, _ key: String, _ diagnostics: inout [Diagnostic]
  ) -> [(String, YAMLNode)] {
    guard let pairs = node.pairs else {
      diagnostics.append(file.error("'\(key)' must map names to expressions", at: node))
      return []
    }
    return pairs.map { ($0.key.scalar ?? "", $0.value) }
  }

  private func compileLets(
    _ reader: MappingReader, scope: inout Scope, text: inout RuleText,
    compiler: inout ExpressionCompiler, _ diagnostics: inout [Diagnostic]
  ) -> [Rule.Binding] {
    guard let letNode = reader["let"] else { return [] }
    let entries = pairs(letNode, "let", &diagnostics)
    for (name, value) in entries { scope.definedLater[name] = value.line }
    var bindings: [Rule.Binding] = []
    for (name, value) in entries {
      scope.definedLater[name] = nil
      guard value.scalar != nil else {
        diagnostics.append(file.error("let '\(name)' must be an expression", at: value))
        continue
      }
      text.lets.append([name, value.scalar ?? ""])
      guard let compiled = compiler.compile(ExpressionSource(node: value, file: file), in: scope)
      else {
        scope = scope.binding(name, slot: compiler.newSlot(), type: .invalid)
        continue
      }
      let slot = compiler.newSlot()
      scope = scope.binding(name, slot: slot, type: compiled.type, codes: compiled.codes)
      bindings.append(Rule.Binding(name: name, slot: slot, value: compiled))
    }
    return bindings
  }
}
