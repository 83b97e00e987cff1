extension PackLoader {
  /// Loads the report files listed under `reports:`, compiling their tables with the pack's
  /// compiler once the rules are known (a table may count by a rule's outcome). A rule that is
  /// declared but failed to load was reported where it is; a table naming it is not an error too.
  func loadReports(
    _ manifest: PackManifest, _ packFile: SourceFile, _ source: PackSource, _ schema: Schema,
    _ labels: PackLabels, _ ruleSet: (loaded: [Rule], declared: Set<String>),
    _ compiler: inout ExpressionCompiler, _ diagnostics: inout [Diagnostic]
  ) -> [ReportDefinition] {
    var outcomeRules: [String: OutcomeRule] = [:]
    for id in ruleSet.declared { outcomeRules[id] = OutcomeRule(index: nil, item: nil) }
    for (index, rule) in ruleSet.loaded.enumerated() {
      outcomeRules[rule.id] = OutcomeRule(index: index, item: rule.forEach?.list.type.element)
    }
    compiler.outcomeRules = outcomeRules
    defer { compiler.outcomeRules = nil }
    var reports: [ReportDefinition] = []
    var seen: [String: String] = [:]
    for (path, node) in manifest.reportFiles {
      guard source.isInside(path) else {
        diagnostics.append(packFile.error(outside("report file '\(path)'", source), at: node))
        continue
      }
      guard
        let (file, root) = yaml(
          path, source, required: false, &diagnostics, listed: (packFile, node))
      else {
        if case .some(.none) = try? source.read(path) {
          diagnostics.append(packFile.error("report file '\(path)' does not exist", at: node))
        }
        continue
      }
      guard let root else {
        diagnostics.append(
          file.error(
            "the report file is empty; it needs report, title and tables", line: 1,
            column: 1))
        continue
      }
      let loader = TableLoader(file: file, schema: schema, labels: labels)
      guard
        var report = loader.loadReport(
          root, path: path, compiler: &compiler, diagnostics: &diagnostics)
      else { continue }
      if let first = seen[report.id] {
        diagnostics.append(
          file.error(
            "duplicate report id '\(report.id)' (first defined in \(first))", line: root.line,
            column: root.column))
        continue
      }
      seen[report.id] = file.path
      report.file = path
      for index in report.tables.indices {
        let read = Set(report.tables[index].outcomeRules)
        report.tables[index].outcomeRules = ruleSet.loaded.map(\.id).filter(read.contains)
      }
      reports.append(report)
    }
    warnUnlisted(
      "reports", listed: manifest.reportFiles, at: manifest.reportsNode ?? manifest.rulesNode,
      packFile, source, &diagnostics)
    return reports
  }
}

extension TableLoader {
  static let reportKeys = ["report", "title", "description", "consistency", "tables"]
  static let consistencyKeys = ["day", "note"]

  /// A report file: `report` (its id), `title`, `description` and a list of `tables`.
  func loadReport(
    _ root: YAMLNode, path: String, compiler: inout ExpressionCompiler,
    diagnostics: inout [Diagnostic]
  ) -> ReportDefinition? {
    guard
      let reader = MappingReader(
        root, file: file, what: "a report file", allowed: TableLoader.reportKeys,
        required: ["report", "title", "tables"], diagnostics: &diagnostics),
      let id = reader.text("report", diagnostics: &diagnostics),
      let title = reader.text("title", diagnostics: &diagnostics), let tablesNode = reader["tables"]
    else { return nil }
    if !RuleLoader.isSnakeCase(id) {
      diagnostics.append(
        reader.error("report id '\(id)' must be snake_case (a-z, 0-9, _)", at: "report"))
    }
    let description = reader.text("description", diagnostics: &diagnostics)
    let consistency = reader["consistency"].flatMap {
      consistencyPopulation($0, compiler: &compiler, diagnostics: &diagnostics)
    }
    guard let items = tablesNode.items else {
      diagnostics.append(
        file.error("'tables' must be a list of tables (each starting '- id:')", at: tablesNode))
      return nil
    }
    var tables: [TableDefinition] = []
    var seen: [String: YAMLNode] = [:]
    for item in items {
      // Ids are checked before the tables load, so a table with errors still claims its id.
      if let idNode = item.pairs?.first(where: { $0.key.scalar == "id" })?.value,
        let id = idNode.scalar
      {
        if let first = seen[id] {
          diagnostics.append(
            file.error(
              "duplicate table id '\(id)' (first defined at line \(first.line))", at: idNode))
          continue
        }
        seen[id] = idNode
      }
      compiler.outcomeRulesRead = []
      if var table = load(item, compiler: &compiler, diagnostics: &diagnostics) {
        table.outcomeRules = compiler.outcomeRulesRead.sorted()
        tables.append(table)
      }
    }
    return ReportDefinition(
      id: id, title: title, description: description, file: path, tables: tables,
      consistency: consistency)
  }

  /// `consistency: {day: EXPR, note: TEXT}`: the day (a date, per case) each child's groupings
  /// are taken, null for a child outside consistency, and the definition a reader is shown.
  private func consistencyPopulation(
    _ node: YAMLNode, compiler: inout ExpressionCompiler, diagnostics: inout [Diagnostic]
  ) -> ConsistencyPopulation? {
    guard
      let reader = MappingReader(
        node, file: file, what: "consistency", allowed: TableLoader.consistencyKeys,
        required: TableLoader.consistencyKeys, diagnostics: &diagnostics)
    else { return nil }
    // The day is compiled even without a note, so both problems are reported at once.
    let day = reader["day"].flatMap {
      compiler.compile(
        ExpressionSource(node: $0, file: file), in: Scope(), expecting: .date, role: "day")
    }
    guard let day, let note = reader.text("note", diagnostics: &diagnostics) else { return nil }
    return ConsistencyPopulation(day: day, note: note)
  }
}
