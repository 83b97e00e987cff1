/// What loading a pack produced: the pack when it has no errors, and every diagnostic.
public struct PackLoadResult: Sendable {
  /// The compiled pack; nil when any error was found.
  public var pack: RulePack?
  /// Errors and warnings, sorted by file and position.
  public var diagnostics: [Diagnostic]
}

/// Loads a rule pack: pack.yaml, its calendar, schema.yaml, functions.yaml and rule files.
///
/// Every file is read and every problem reported, so a policy owner fixes them in one pass.
public struct PackLoader: Sendable {
  /// The YAML reader (with its alias budget).
  public var reader: YAMLReader
  /// Today, when the load should warn that the calendar does not cover this year (`rules
  /// check`); passed in so that the result depends on its inputs only.
  public var today: Day?

  /// Creates a loader.
  public init(reader: YAMLReader = YAMLReader(), today: Day? = nil) {
    self.reader = reader
    self.today = today
  }

  /// Loads the pack in a folder.
  public func load(path: String) -> PackLoadResult {
    let status = PathStatus.of(path)
    // A missing folder is told by its missing pack.yaml, as before; anything else by what it is.
    if status != .missing, let problem = status.folderProblem {
      let message = "the rule pack \(problem.message(path)); a pack is a folder with pack.yaml"
      return finish(nil, [.error(message)])
    }
    return load(DirectoryPackSource(path: path))
  }

  /// Loads a pack from any source.
  public func load(_ source: PackSource) -> PackLoadResult {
    var diagnostics: [Diagnostic] = []
    guard let (packFile, packRoot) = yaml("pack.yaml", source, required: true, &diagnostics),
      let packRoot = nonEmpty(
        packRoot, packFile, "it needs pack, title, version and rules", &diagnostics),
      let manifest = PackManifest.read(packRoot, file: packFile, diagnostics: &diagnostics)
    else { return finish(nil, diagnostics) }
    var calendar = HolidayCalendar.weekendsOnly
    if let (path, node) = manifest.calendar {
      if !source.isInside(path) {
        diagnostics.append(packFile.error(outside("calendar file '\(path)'", source), at: node))
      } else if let (file, root) = yaml(
        path, source, required: false, &diagnostics, listed: (packFile, node))
      {
        calendar = CalendarLoader.load(root, file: file, diagnostics: &diagnostics)
        if let today, let root,
          let warning = CalendarLoader.coverageWarning(
            calendar, today: today, file: file, at: root)
        {
          diagnostics.append(warning)
        }
      } else if case .some(.none) = try? source.read(path) {
        diagnostics.append(packFile.error("calendar file '\(path)' does not exist", at: node))
      }
    } else {
      diagnostics.append(
        packFile.diagnostic(
          .warning, "no calendar: working days will skip weekends only, not bank holidays",
          line: packRoot.line, column: packRoot.column))
    }
    guard let (schemaFile, schemaRoot) = yaml("schema.yaml", source, required: true, &diagnostics),
      let schemaRoot = nonEmpty(
        schemaRoot, schemaFile, "it needs the record types of a case", &diagnostics),
      let schema = SchemaLoader.load(schemaRoot, file: schemaFile, diagnostics: &diagnostics)
    else { return finish(nil, diagnostics) }
    var functions: [String: FunctionDefinition] = [:]
    if let (file, root) = yaml("functions.yaml", source, required: false, &diagnostics) {
      functions = FunctionLoader.load(root, file: file, diagnostics: &diagnostics)
    }
    var labels = PackLabels.none
    if let (file, root) = yaml("labels.yaml", source, required: false, &diagnostics) {
      labels = LabelsLoader.load(root, file: file, schema: schema, diagnostics: &diagnostics)
    } else if case .some(.some) = try? source.read("labels.yaml") {
      labels.isComplete = false
    }
    var compiler = ExpressionCompiler(
      schema: schema, calendar: calendar, parameters: manifest.parameters.table,
      functions: functions)
    var groupings: [PackGrouping] = []
    for (name, node) in manifest.groupings {
      guard node.scalar != nil else {
        diagnostics.append(packFile.error("grouping '\(name)' must be an expression", at: node))
        continue
      }
      _ = compiler.takeReads()
      _ = compiler.takeTypesRead()
      if let compiled = compiler.compile(ExpressionSource(node: node, file: packFile), in: Scope())
      {
        groupings.append(
          PackGrouping(
            name: name, value: compiled,
            reads: compiler.takeReadsInOrder(),
            typesRead: compiler.takeTypesRead().subtracting([schema.caseType]).sorted()))
      }
    }
    var tallies: [Tally] = []
    for (key, node) in manifest.tallies {
      if let tally = Tally.load(
        id: key.scalar ?? "", node, file: packFile, compiler: &compiler, diagnostics: &diagnostics)
      {
        tallies.append(tally)
      }
    }
    var declared: Set<String> = []
    let rules = loadRules(
      manifest, packFile, source, schema, &compiler, &diagnostics, declared: &declared)
    if manifest.ruleFiles.isEmpty {
      diagnostics.append(
        packFile.diagnostic(
          .warning, "'rules' lists no rule files: the pack has no standards to check or score",
          line: manifest.rulesNode.line, column: manifest.rulesNode.column))
    }
    let reports = loadReports(
      manifest, packFile, source, schema, labels, (rules, declared), &compiler, &diagnostics)
    let questions = loadQuestions(
      manifest, packFile, source, ruleIDs: declared, &compiler, &diagnostics)
    compiler.checkUncalledFunctions()
    diagnostics.append(contentsOf: compiler.diagnostics)
    var files =
      ["pack.yaml", "schema.yaml", "functions.yaml", "labels.yaml"]
      + manifest.ruleFiles.map(\.path) + manifest.reportFiles.map(\.path)
      + manifest.questionFiles.map(\.path)
    if let calendarPath = manifest.calendar?.path { files.append(calendarPath) }
    let texts = files.filter(source.isInside).compactMap { path in
      (try? source.read(path)).flatMap { $0 }.map { (path, $0) }
    }
    let pack = RulePack(
      id: manifest.id, title: manifest.title, version: manifest.version,
      path: source.displayPath, fingerprint: Fingerprint.of(texts: texts), schema: schema,
      calendar: calendar,
      parameters: manifest.parameters, grading: manifest.grading, groupings: groupings,
      tallies: tallies,
      rules: rules, slotCount: compiler.slotCount, functions: functions, labels: labels,
      reports: reports, questions: questions)
    return finish(pack, diagnostics)
  }

  private func finish(_ pack: RulePack?, _ diagnostics: [Diagnostic]) -> PackLoadResult {
    var list = DiagnosticList()
    list.append(contentsOf: diagnostics)
    return PackLoadResult(pack: list.hasErrors ? nil : pack, diagnostics: list.sorted)
  }

  /// A required file's root, or an error at its start saying it is empty and what it needs.
  private func nonEmpty(
    _ root: YAMLNode?, _ file: SourceFile, _ needs: String, _ diagnostics: inout [Diagnostic]
  ) -> YAMLNode? {
    if root == nil {
      diagnostics.append(file.error("'\(file.path)' is empty; \(needs)", line: 1, column: 1))
    }
    return root
  }

  /// The error for a file the pack names outside its folder (never read).
  func outside(_ described: String, _ source: PackSource) -> String {
    "\(described) must lie inside the pack's folder '\(source.displayPath)' (symlinks resolved)"
  }

  /// Reads and parses a YAML file of the pack; nil when it does not exist (an error if required).
  /// A file listed in pack.yaml (`listed`) that cannot be read, such as a folder, is reported at
  /// its entry there, so the user sees which line names it.
  func yaml(
    _ path: String, _ source: PackSource, required: Bool, _ diagnostics: inout [Diagnostic],
    listed: (file: SourceFile, node: YAMLNode)? = nil
  ) -> (SourceFile, YAMLNode?)? {
    let shown = source.displayPath(of: path)
    guard source.isInside(path) else {
      diagnostics.append(.error(outside("'\(shown)'", source)))
      return nil
    }
    let text: String?
    do {
      text = try source.read(path)
    } catch {
      let problem = (error as? Diagnostic) ?? .error("cannot read '\(shown)': \(error)")
      if problem.location == nil, let listed {
        diagnostics.append(listed.file.error(problem.message, at: listed.node))
      } else {
        diagnostics.append(problem)
      }
      return nil
    }
    guard let text else {
      if required { diagnostics.append(.error("'\(shown)' does not exist; a pack needs it")) }
      return nil
    }
    let file = SourceFile(path: shown, text: text)
    switch reader.read(file) {
    case .success(let root): return (file, root)
    case .failure(let failure):
      diagnostics.append(contentsOf: failure.diagnostics)
      return nil
    }
  }
}
