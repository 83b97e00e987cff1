extension PackLoader {
  /// Loads every listed rule file; duplicate ids, unlisted files and missing examples are reported.
  func loadRules(
    _ manifest: PackManifest, _ packFile: SourceFile, _ source: PackSource, _ schema: Schema,
    _ compiler: inout ExpressionCompiler, _ diagnostics: inout [Diagnostic],
    declared: inout Set<String>
  ) -> [Rule] {
    var rules: [Rule] = []
    var seen: [String: SourceLocation] = [:]
    for (path, node) in manifest.ruleFiles {
      guard source.isInside(path) else {
        diagnostics.append(packFile.error(outside("rule file '\(path)'", source), at: node))
        continue
      }
      guard
        let (file, root) = yaml(
          path, source, required: false, &diagnostics, listed: (packFile, node))
      else {
        // Only a file that is not there is missing; read errors were reported by `yaml`.
        if case .some(.none) = try? source.read(path) {
          diagnostics.append(packFile.error("rule file '\(path)' does not exist", at: node))
        }
        continue
      }
      guard let root else {
        diagnostics.append(
          file.diagnostic(.warning, "the rule file is empty: it holds no rules", line: 1, column: 1)
        )
        continue
      }
      guard let items = root.items else {
        diagnostics.append(
          file.error("a rule file must be a list of rules (each starting '- id:')", at: root))
        continue
      }
      let loader = RuleLoader(file: file, schema: schema)
      let examples = ExampleLoader(file: file, schema: schema)
      for item in items {
        // A repeated id is reported whether or not either rule has other errors.
        var repeated = false
        if let id = item.pairs?.first(where: { $0.key.scalar == "id" })?.value.scalar {
          declared.insert(id)
          let location = file.location(line: item.line, column: item.column)
          if let first = seen[id] {
            repeated = true
            diagnostics.append(
              file.error(
                "duplicate rule id '\(id)' (first defined at \(first))", line: item.line,
                column: item.column))
          } else {
            seen[id] = location
          }
        }
        guard var rule = loader.load(item, compiler: &compiler, diagnostics: &diagnostics),
          !repeated
        else { continue }
        let examplesNode = (item.pairs ?? []).first { $0.key.scalar == "examples" }?.value
        if let examplesNode {
          rule.examples = examples.load(examplesNode, rule: rule, diagnostics: &diagnostics)
        }
        let outcomes = Set(rule.examples.map(\.outcome))
        let missing = [Outcome.met, .notMet].filter { !outcomes.contains($0) }.map(\.rawValue)
        let allLoaded = rule.examples.count == (examplesNode?.items?.count ?? 0)
        if !missing.isEmpty, allLoaded {
          diagnostics.append(
            file.diagnostic(
              .warning,
              "rule '\(rule.id)' has no \(missing.joined(separator: " or ")) example;"
                + " each rule needs at least one of each", line: rule.location.line,
              column: rule.location.column))
        }
        rules.append(rule)
      }
    }
    warnUnlisted(
      "rules", listed: manifest.ruleFiles, at: manifest.rulesNode, packFile, source, &diagnostics)
    return rules
  }
}
