/// What pack.yaml says: identity, calendar, parameters, grading, groupings and rule files.
struct PackManifest {
  var id: String
  var title: String
  var version: String
  var calendar: (path: String, node: YAMLNode)?
  var parameters: Parameters
  var grading: Grading?
  var groupings: [(name: String, node: YAMLNode)]
  var ruleFiles: [(path: String, node: YAMLNode)]
  /// The `rules:` list itself, where messages about the list point.
  var rulesNode: YAMLNode
  /// The report files, in order (`reports/annual.yaml`).
  var reportFiles: [(path: String, node: YAMLNode)] = []
  /// The `reports:` list itself, when given.
  var reportsNode: YAMLNode?
  /// The practice-question files, in order (`questions/practice.yaml`).
  var questionFiles: [(path: String, node: YAMLNode)] = []
  /// The `questions:` list itself, when given.
  var questionsNode: YAMLNode?
  /// The tallies by id, compiled once the schema is known.
  var tallies: [(id: YAMLNode, definition: YAMLNode)] = []

  static let keys = [
    "pack", "title", "version", "description", "calendar", "parameters", "grading", "groupings",
    "tallies", "rules", "reports", "questions",
  ]

  /// Reads pack.yaml; nil when a required part is missing or malformed.
  static func read(_ root: YAMLNode, file: SourceFile, diagnostics: inout [Diagnostic])
    -> PackManifest?
  {
    guard
      let top = MappingReader(
        root, file: file, what: "pack.yaml", allowed: keys,
        required: ["pack", "title", "version", "rules"], diagnostics: &diagnostics),
      let id = top.text("pack", diagnostics: &diagnostics),
      let title = top.text("title", diagnostics: &diagnostics),
      let version = top.text("version", diagnostics: &diagnostics), let rulesNode = top["rules"]
    else { return nil }
    var manifest = PackManifest(
      id: id, title: title, version: version, calendar: nil, parameters: Parameters(entries: []),
      grading: nil, groupings: [], ruleFiles: [], rulesNode: rulesNode)
    if let calendar = top["calendar"], let path = calendar.scalar {
      manifest.calendar = (path, calendar)
    }
    if let node = top["parameters"] {
      manifest.parameters = parameters(node, file: file, diagnostics: &diagnostics)
    }
    if let node = top["grading"] {
      manifest.grading = grading(node, file: file, diagnostics: &diagnostics)
    }
    if let node = top["groupings"] {
      for (key, value) in node.pairs ?? [] {
        manifest.groupings.append((key.scalar ?? "", value))
      }
      if node.pairs == nil {
        diagnostics.append(file.error("'groupings' must map names to expressions", at: node))
      }
    }
    if let node = top["tallies"] {
      manifest.tallies = (node.pairs ?? []).map { ($0.key, $0.value) }
      if node.pairs == nil {
        diagnostics.append(
          file.error("'tallies' must map tally ids to their definitions", at: node))
      }
    }
    if let node = top["reports"] {
      manifest.reportsNode = node
      for item in node.items ?? [] {
        guard let path = item.scalar, !item.isNull, !path.isEmpty else {
          diagnostics.append(
            file.error("each report file must be a path such as reports/annual.yaml", at: item))
          continue
        }
        guard !listedTwice("report", path, item, manifest.reportFiles, file, &diagnostics) else {
          continue
        }
        manifest.reportFiles.append((path, item))
      }
      if node.items == nil {
        diagnostics.append(file.error("'reports' must be a list of report files", at: node))
      }
    }
    if let node = top["questions"] {
      manifest.questionsNode = node
      for item in node.items ?? [] {
        guard let path = item.scalar, !item.isNull else {
          diagnostics.append(
            file.error(
              "each question file must be a path such as questions/practice.yaml", at: item))
          continue
        }
        manifest.questionFiles.append((path, item))
      }
      if node.items == nil {
        diagnostics.append(file.error("'questions' must be a list of question files", at: node))
      }
    }
    guard let items = rulesNode.items else {
      diagnostics.append(file.error("'rules' must be a list of rule files", at: rulesNode))
      return nil
    }
    for item in items {
      guard let path = item.scalar, !path.isEmpty else {
        diagnostics.append(
          file.error("each rule file must be a path such as rules/reviews.yaml", at: item))
        continue
      }
      guard !listedTwice("rule", path, item, manifest.ruleFiles, file, &diagnostics) else {
        continue
      }
      manifest.ruleFiles.append((path, item))
    }
    return manifest
  }

  /// Whether a file was listed already; a second listing is an error at it (read twice, every
  /// rule or report in it would be reported as its own duplicate).
  private static func listedTwice(
    _ kind: String, _ path: String, _ item: YAMLNode, _ listed: [(path: String, node: YAMLNode)],
    _ file: SourceFile, _ diagnostics: inout [Diagnostic]
  ) -> Bool {
    guard let first = listed.first(where: { $0.path == path }) else { return false }
    diagnostics.append(
      file.error(
        "\(kind) file '\(path)' is listed twice (first at line \(first.node.line))", at: item))
    return true
  }

  private static func parameters(
    _ node: YAMLNode, file: SourceFile, diagnostics: inout [Diagnostic]
  ) -> Parameters {
    guard let pairs = node.pairs else {
      diagnostics.append(file.error("'parameters' must map names to values", at: node))
      return Parameters(entries: [])
    }
    var entries: [Parameters.Entry] = []
    for (key, value) in pairs {
      guard let (type, typed) = Parameters.value(of: value), !value.isNull else {
        diagnostics.append(
          file.error(
            "parameter '\(key.scalar ?? "")' must be a number, date, true/false or text", at: value)
        )
        continue
      }
      entries.append(Parameters.Entry(name: key.scalar ?? "", type: type, value: typed))
    }
    return Parameters(entries: entries)
  }

  private static func grading(
    _ node: YAMLNode, file: SourceFile, diagnostics: inout [Diagnostic]
  ) -> Grading? {
    guard
      let reader = MappingReader(
        node, file: file, what: "grading", allowed: ["score", "bands", "cap"],
        required: ["bands"], diagnostics: &diagnostics)
    else { return nil }
    if let score = reader.text("score", diagnostics: &diagnostics), score != "weighted" {
      diagnostics.append(
        reader.error("unknown score method '\(score)'; expected 'weighted'", at: "score"))
    }
    var bands: [(name: String, threshold: Double)] = []
    for (key, value) in reader["bands"]?.pairs ?? [] {
      guard let threshold = value.scalar.flatMap(Double.init), (0...1).contains(threshold) else {
        diagnostics.append(file.error("a band's threshold must be a number from 0 to 1", at: value))
        continue
      }
      if let last = bands.last, threshold >= last.threshold {
        diagnostics.append(
          file.error(
            "bands must be listed highest threshold first; '\(key.scalar ?? "")' is not below"
              + " '\(last.name)'",
            at: key))
      }
      bands.append((key.scalar ?? "", threshold))
    }
    if bands.last?.threshold != 0, let bandsNode = reader["bands"] {
      diagnostics.append(
        file.error("the last band must have threshold 0 so every score has a band", at: bandsNode))
    }
    var caps: [Severity: String] = [:]
    for (key, value) in reader["cap"]?.pairs ?? [] {
      guard let severity = Severity(rawValue: key.scalar ?? "") else {
        let names = Severity.allCases.map(\.rawValue)
        let hint = NearMiss.hint(for: key.scalar ?? "", among: names)
        diagnostics.append(file.error("unknown severity '\(key.scalar ?? "")'\(hint)", at: key))
        continue
      }
      let band = value.scalar ?? ""
      guard bands.contains(where: { $0.name == band }) else {
        let hint = NearMiss.hint(for: band, among: bands.map(\.name))
        diagnostics.append(file.error("cap names unknown band '\(band)'\(hint)", at: value))
        continue
      }
      caps[severity] = band
    }
    return Grading(bands: bands, caps: caps)
  }
}
