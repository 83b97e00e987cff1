/// Reads and compiles one practice question of a question file.
struct QuestionLoader {
  static let keys = ["id", "question", "scale", "guidance", "applies_to"]

  let file: SourceFile

  /// Compiles the question at `node`; nil when any part has an error (all are reported).
  func load(
    _ node: YAMLNode, compiler: inout ExpressionCompiler, diagnostics: inout [Diagnostic]
  ) -> PracticeQuestion? {
    let start = diagnostics.count + compiler.diagnostics.count
    guard
      let reader = MappingReader(
        node, file: file, what: "a question", allowed: QuestionLoader.keys,
        required: ["id", "question", "scale", "guidance"], diagnostics: &diagnostics),
      let id = reader.text("id", diagnostics: &diagnostics)
    else { return nil }
    if !RuleLoader.isSnakeCase(id) {
      diagnostics.append(
        reader.error("question id '\(id)' must be snake_case (a-z, 0-9, _)", at: "id"))
    }
    let question = reader.text("question", diagnostics: &diagnostics) ?? ""
    let guidance = reader.text("guidance", diagnostics: &diagnostics) ?? ""
    let scale = reader["scale"].map { self.scale($0, &diagnostics) } ?? []
    var appliesTo: Compiled?
    var appliesToText: String?
    if let appliesNode = reader["applies_to"], !appliesNode.isNull {
      if appliesNode.scalar == nil {
        diagnostics.append(
          file.error(
            "'applies_to' must be an expression, not \(appliesNode.kindDescription)",
            at: appliesNode))
      } else {
        appliesToText = appliesNode.scalar
        appliesTo = compiler.compile(
          ExpressionSource(node: appliesNode, file: file), in: Scope(), expecting: .bool,
          role: "'applies_to'")
      }
    }
    guard diagnostics.count + compiler.diagnostics.count == start else { return nil }
    return PracticeQuestion(
      id: id, question: question, scale: scale, guidance: guidance, appliesTo: appliesTo,
      appliesToText: appliesToText, location: file.location(line: node.line, column: node.column))
  }

  /// The scale: a list of answer keys, each optionally with its label (`- partly: Partly`).
  private func scale(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> [PracticeQuestion
    .Choice]
  {
    guard let items = node.items else {
      diagnostics.append(
        file.error(
          "'scale' must be a list of answers such as [yes, partly, no, not_applicable], not"
            + " \(node.kindDescription)", at: node))
      return []
    }
    var choices: [PracticeQuestion.Choice] = []
    var seen: [String: YAMLNode] = [:]
    for item in items {
      let entry: (key: YAMLNode, label: String?)
      if let pair = item.pairs, pair.count == 1, let label = pair[0].value.scalar {
        entry = (pair[0].key, label)
      } else if item.scalar != nil, !item.isNull {
        entry = (item, nil)
      } else {
        diagnostics.append(
          file.error("an answer must be a key, or a key with its label (partly: Partly)", at: item))
        continue
      }
      let key = entry.key.scalar ?? ""
      guard RuleLoader.isSnakeCase(key) else {
        diagnostics.append(
          file.error("answer '\(key)' must be snake_case (a-z, 0-9, _)", at: entry.key))
        continue
      }
      if let first = seen[key] {
        diagnostics.append(
          file.error(
            "answer '\(key)' is listed twice (first at line \(first.line))", at: entry.key))
        continue
      }
      seen[key] = entry.key
      choices.append(PracticeQuestion.Choice(key: key, label: entry.label))
    }
    if items.count < 2 {
      diagnostics.append(
        file.error(
          "'scale' lists \(items.count) answer\(items.count == 1 ? "" : "s"); a question needs at"
            + " least two, such as [yes, partly, no, not_applicable]", at: node))
    }
    return choices
  }
}
