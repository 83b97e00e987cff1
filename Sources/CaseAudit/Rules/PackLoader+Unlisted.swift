extension PackLoader {
  /// Warns of each YAML file in one of the pack's folders (`rules`, `questions`, `reports`)
  /// that pack.yaml's list of that name does not give: a policy owner who adds a file and
  /// forgets to list it would otherwise see nothing change and not know why.
  func warnUnlisted(
    _ folder: String, listed: [(path: String, node: YAMLNode)], at node: YAMLNode,
    _ packFile: SourceFile, _ source: PackSource, _ diagnostics: inout [Diagnostic]
  ) {
    let paths = Set(listed.map { PackPath.normalized($0.path) })
    for path in source.yamlFiles(in: folder) where !paths.contains(PackPath.normalized(path)) {
      diagnostics.append(
        packFile.diagnostic(
          .warning,
          "'\(source.displayPath(of: path))' is not listed under '\(folder)' and is not loaded",
          line: node.line, column: node.column))
    }
  }
}
