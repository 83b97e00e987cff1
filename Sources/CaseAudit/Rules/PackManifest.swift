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
      manifest.reportFiles = files(node, "report", "reports/annual.yaml", file, &diagnostics)
    }
    if let node = top["questions"] {
      manifest.questionsNode = node
      manifest.questionFiles = files(
        node, "question", "questions/practice.yaml", file, &diagnostics)
    }
    guard rulesNode.items != nil else {
      diagnostics.append(file.error("'rules' must be a list of rule files", at: rulesNode))
      return nil
    }
    manifest.ruleFiles = files(rulesNode, "rule", "rules/reviews.yaml", file, &diagnostics)
    return manifest
  }

  /// The files one of pack.yaml's lists names (`rules`, `reports`, `questions`): each a path,
  /// none twice; anything else is an error at its entry.
  private static func files(
    _ node: YAMLNode, _ kind: String, _ example: String, _ file: SourceFile,
    _ diagnostics: inout [Diagnostic]
  ) -> [(path: String, node: YAMLNode)] {
    guard let items = node.items else {
      diagnostics.append(file.error("'\(kind)s' must be a list of \(kind) files", at: node))
      return []
    }
    var listed: [(path: String, node: YAMLNode)] = []
    for item in items {
      guard let path = item.scalar, !item.isNull, !path.isEmpty else {
        diagnostics.append(
          file.error("each \(kind) file must be a path such as \(example)", at: item))
        continue
      }
      guard !listedTwice(kind, path, item, listed, file, &diagnostics) else { continue }
      listed.append((path, item))
    }
    return listed
  }

  /// Whether a file was listed already; a second listing is an error at it (read twice, every
  /// rule, report or question in it would be reported as its own duplicate).
  private static func listedTwice(
    _ kind: String, _ path: String, _ item: YAMLNode, _ listed: [(path: String, node: YAMLNode)],
    _ file: SourceFile, _ diagnostics: inout [Diagnostic]
  ) -> Bool {
    let plain = PackPath.normalized(path)
    guard let first = listed.first(where: { PackPath.normalized($0.path) == plain }) else {
      return false
    }
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
