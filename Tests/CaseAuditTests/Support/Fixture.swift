import Foundation

@testable import CaseAudit

/// Small inline packs and cases for tests: no files are written, so tests run in parallel.
enum Fixture {
  static let schema = """
    case: child
    types:
      child:
        key: child_id
        fields: {child_id: id, dob: date?, name: string?}
      period:
        key: period_id
        fields: {period_id: id, child_id: ref(child), start: date, end: date?}
      review:
        key: review_id
        fields:
          review_id: id
          child_id: ref(child)
          period_id: ref(period)?
          held_on: date?
          participation: code(PN0,PN1,PN7)?
          chair_id: ref(professional)?
          cancelled: bool?
          score: int?
      professional:
        key: professional_id
        fields: {professional_id: id, name: string?}
    """

  static let manifest = """
    pack: test
    title: Test pack
    version: 1
    calendar: calendar.yaml
    parameters: {window: 20, label: PN0, threshold: 0.5}
    rules: [rules/main.yaml]
    """

  static let calendar = "2021: [2021-05-03, 2021-05-31]\n"

  /// The England and Wales calendar as the shipped pack has it (1995–2030).
  static let englandAndWales: HolidayCalendar = {
    let path = Fixture.repositoryRoot + "/Rules/iro/calendars/england-and-wales.yaml"
    let file = SourceFile(
      path: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    var problems: [Diagnostic] = []
    let root = try? YAMLReader().read(file).get()
    return CalendarLoader.load(root, file: file, diagnostics: &problems)
  }()

  static let functions = """
    held(r): "r.held_on != null and not (r.cancelled ?? false)"
    """

  /// Loads an in-memory pack; any file can be replaced, and `nil` removes it.
  static func load(
    rules: String, functions: String? = Fixture.functions, schema: String? = Fixture.schema,
    manifest: String? = Fixture.manifest, extra: [String: String] = [:]
  ) -> PackLoadResult {
    var files: [String: String] = ["calendar.yaml": calendar, "rules/main.yaml": rules]
    files["pack.yaml"] = manifest
    files["schema.yaml"] = schema
    files["functions.yaml"] = functions
    files.merge(extra) { $1 }
    return PackLoader().load(InMemoryPackSource(displayPath: "pack", files: files))
  }

  /// Every diagnostic of a load, rendered and joined by blank-free newlines.
  static func diagnostics(_ result: PackLoadResult) -> String {
    result.diagnostics.map { $0.rendered() }.joined(separator: "\n")
  }

  /// A one-rule file whose `expect` is the given expression.
  static func rule(expect: String, extra: String = "") -> String {
    """
    - id: probe
      title: Probe
      expect: \(expect)
    \(extra)
    """
  }

  /// The diagnostics of a rule whose `expect` is the expression.
  static func check(_ expression: String) -> String {
    diagnostics(load(rules: rule(expect: expression)))
  }

  /// The fixture schema, loaded.
  static func loadedSchema() throws -> Schema {
    let schemaFile = SourceFile(path: "schema.yaml", text: schema)
    var problems: [Diagnostic] = []
    guard let root = try YAMLReader().read(schemaFile).get(),
      let loaded = SchemaLoader.load(root, file: schemaFile, diagnostics: &problems)
    else { throw DiagnosticFailure(problems) }
    return loaded
  }

  /// Compiles an expression over the fixture schema and evaluates it for an inline case.
  static func evaluate(
    _ expression: String, case caseYAML: String = "{}", asAt: String? = nil,
    period: Value = .range(nil, nil)
  ) throws -> Value {
    let schemaFile = SourceFile(path: "schema.yaml", text: schema)
    var problems: [Diagnostic] = []
    guard let root = try YAMLReader().read(schemaFile).get(),
      let schema = SchemaLoader.load(root, file: schemaFile, diagnostics: &problems)
    else { throw DiagnosticFailure(problems) }
    let caseFile = SourceFile(path: "case.yaml", text: caseYAML)
    let caseRoot = try YAMLReader().read(caseFile).get()!
    guard
      let built = ExampleRecords(file: caseFile, schema: schema).build(
        caseRoot, diagnostics: &problems)
    else { throw DiagnosticFailure(problems) }
    let calendar = HolidayCalendar(
      holidays: [Day(iso: "2021-05-03")!, Day(iso: "2021-05-31")!], coveredYears: 2021...2021)
    let functionsFile = SourceFile(path: "functions.yaml", text: functions)
    let functionRoot = try YAMLReader().read(functionsFile).get()
    let definitions = FunctionLoader.load(functionRoot, file: functionsFile, diagnostics: &problems)
    var compiler = ExpressionCompiler(
      schema: schema, calendar: calendar, parameters: ["window": (0, .int)],
      functions: definitions)
    let node = YAMLNode(.scalar(expression, .plain), line: 1, column: 1)
    let source = ExpressionSource(node: node, file: SourceFile(path: "expr", text: expression))
    guard let compiled = compiler.compile(source, in: Scope()) else {
      throw DiagnosticFailure(compiler.diagnostics)
    }
    var frame = Frame(
      data: built.data, caseRecord: RecordRef(type: schema.caseType, row: 0), params: [.int(20)],
      asAt: asAt.flatMap { Day(iso: $0) }.map { .date($0) } ?? .null, period: period,
      slotCount: compiler.slotCount)
    return compiled.eval(&frame)
  }

  /// The root of the repository, for tests that read the shipped pack.
  static var repositoryRoot: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
  }
}
