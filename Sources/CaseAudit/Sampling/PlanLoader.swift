import Foundation

/// Reads an audit plan YAML file, its rule pack, and compiles its expressions over the pack.
public struct PlanLoader: Sendable {
  static let keys = [
    "plan", "title", "rules", "data", "data_mapping", "period", "as_at", "parameters",
    "population", "sample", "rules_filter", "report", "service_report",
  ]
  static let sampleKeys = [
    "size", "strata", "allocation", "minimum_per_stratum", "seed", "weight", "invalid_weight",
    "exclude_audited_within",
  ]
  static let formats = ["html", "md", "json", "csv"]

  /// Creates a loader.
  public init() {}

  /// Loads a plan; the plan is nil when it, or its pack, has errors (all reported).
  public func load(path: String) -> (plan: AuditPlan?, diagnostics: [Diagnostic]) {
    let text: String
    switch InputFile.utf8Text(at: path, what: "the plan") {
    case .success(let read): text = read
    case .failure(let problem): return (nil, [problem])
    }
    let file = SourceFile(path: path, text: text)
    return load(file) { PackLoader().load(path: $0) }
  }

  /// Loads a plan from its text; `loadPack` loads the rule pack at the path the plan names
  /// (resolved against the plan's folder), so a caller that holds the pack need not read it again.
  public func load(
    _ file: SourceFile, loadPack: (String) -> PackLoadResult
  ) -> (plan: AuditPlan?, diagnostics: [Diagnostic]) {
    let path = file.path
    var diagnostics: [Diagnostic] = []
    let root: YAMLNode
    switch YAMLReader().read(file) {
    case .failure(let failure): return (nil, failure.diagnostics)
    case .success(nil): return (nil, [file.error("the plan is empty", line: 1, column: 1)])
    case .success(let node?): root = node
    }
    guard
      let reader = MappingReader(
        root, file: file, what: "an audit plan", allowed: PlanLoader.keys,
        required: ["plan", "title", "rules", "sample"], diagnostics: &diagnostics),
      let rulesPath = reader.text("rules", diagnostics: &diagnostics)
    else { return (nil, diagnostics) }
    let folder = (path as NSString).deletingLastPathComponent
    let packResult = loadPack(PlanLoader.resolve(rulesPath, against: folder))
    diagnostics.append(contentsOf: packResult.diagnostics)
    guard var pack = packResult.pack else {
      diagnostics.append(reader.error("the rule pack '\(rulesPath)' has errors", at: "rules"))
      return (nil, diagnostics)
    }
    if pack.withoutStandards != nil {
      diagnostics.append(
        reader.error("the rule pack '\(rulesPath)' holds no rules to audit with", at: "rules"))
    }
    applyParameters(reader, &pack, file, &diagnostics)
    var builder = PlanBuilder(file: file, reader: reader, pack: pack, folder: folder)
    var plan = builder.build(&diagnostics)
    if let mappingPath = reader.text("data_mapping", diagnostics: &diagnostics) {
      let (mapping, problems) = ExportMappingLoader.load(
        path: PlanLoader.resolve(mappingPath, against: folder), schema: pack.schema)
      diagnostics.append(contentsOf: problems)
      plan?.mapping = mapping
    }
    var list = DiagnosticList()
    list.append(contentsOf: diagnostics)
    return (list.hasErrors ? nil : plan, list.sorted)
  }

  /// A path as the plan names it, resolved against the plan's folder unless absolute.
  static func resolve(_ path: String, against folder: String) -> String {
    if path.hasPrefix("/") || folder.isEmpty { return path }
    return folder + "/" + path
  }

  /// Overrides the pack's parameters with the plan's; types must match.
  private func applyParameters(
    _ reader: MappingReader, _ pack: inout RulePack, _ file: SourceFile,
    _ diagnostics: inout [Diagnostic]
  ) {
    guard let node = reader["parameters"] else { return }
    guard let pairs = node.pairs else {
      diagnostics.append(file.error("'parameters' must map parameter names to values", at: node))
      return
    }
    for (key, value) in pairs {
      let name = key.scalar ?? ""
      guard let index = pack.parameters.entries.firstIndex(where: { $0.name == name }) else {
        let names = pack.parameters.entries.map(\.name)
        let hint = NearMiss.hint(for: name, among: names)
        diagnostics.append(file.error("the pack has no parameter '\(name)'\(hint)", at: key))
        continue
      }
      let expected = pack.parameters.entries[index].type
      guard let (type, typed) = Parameters.value(of: value),
        type.unified(with: expected) == expected
      else {
        diagnostics.append(
          file.error(
            "parameter '\(name)' must be \(expected.name(in: pack.schema)) like the pack's",
            at: value))
        continue
      }
      if pack.parameters.entries[index].packValue == nil {
        pack.parameters.entries[index].packValue = pack.parameters.entries[index].value
      }
      pack.parameters.entries[index].value =
        type == .int && expected == .decimal ? .decimal(typed.number!) : typed
    }
  }
}
