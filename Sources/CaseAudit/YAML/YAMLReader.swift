import Yams

/// Reads a YAML file into `YAMLNode`s safely: positions kept, aliases bounded, duplicate keys
/// refused.
///
/// Yams' `load` and `Codable` decoding are never used on user files: they drop positions, ignore
/// unknown keys, and expand nested aliases without limit (a 400-byte file can need gigabytes).
public struct YAMLReader: Sendable {
  /// The most nodes one document may expand to, aliases included.
  public var nodeBudget: Int

  /// Creates a reader; the default budget is far above any rule file and far below a bomb.
  public init(nodeBudget: Int = 200_000) { self.nodeBudget = nodeBudget }

  /// Parses `file` and returns its root (nil for an empty document) or the diagnostics.
  public func read(_ file: SourceFile) -> Result<YAMLNode?, DiagnosticFailure> {
    let root: Node?
    do {
      root = try Parser(yaml: file.text, resolver: .basic).singleRoot()
    } catch let error as YamlError {
      return .failure(DiagnosticFailure([diagnostic(for: error, in: file)]))
    } catch {
      let diagnostic = file.error("cannot read YAML: \(error)", line: 1, column: 1)
      return .failure(DiagnosticFailure([diagnostic]))
    }
    guard let root else { return .success(nil) }
    var walk = Walk(file: file, budget: nodeBudget)
    let node = walk.convert(root)
    if !walk.diagnostics.isEmpty { return .failure(DiagnosticFailure(walk.diagnostics)) }
    return .success(node)
  }

  private func diagnostic(for error: YamlError, in file: SourceFile) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // libyaml's own words name its C function; say what the user can change.
      let nesting = problem.hasPrefix("Maximum nesting level reached")
      var message =
        nesting
        ? "invalid YAML: lists and mappings nested too deeply (more than 1000 levels)"
        : "invalid YAML: \(problem)"
      if let context { message += " (\(context.text) at line \(context.mark.line))" }
      if problem.contains("mapping values are not allowed") {
        message += "; quote a value that contains ': ', such as an expression with '? :'"
      }
      return file.error(message, line: mark.line, column: mark.column)
    case .duplicatedKeysInMapping(let keys, let context):
      return duplicateKey(keys.first ?? "", first: context.mark, in: file)
    case .reader(let problem, let offset, _, _):
      let (line, column) = file.position(ofCharacterOffset: offset ?? 0)
      return file.error("invalid YAML: \(problem)", line: line, column: column)
    default:
      return file.error("invalid YAML: \(error)", line: 1, column: 1)
    }
  }

  /// Yams reports where a duplicated key first appears; point at its repetition instead.
  private func duplicateKey(_ key: String, first: Mark, in file: SourceFile) -> Diagnostic {
    let target = Array(key.unicodeScalars) + [":"]
    var line = first.line
    var column = first.column + target.count
    while let text = file.line(line) {
      let scalars = Array(text.unicodeScalars)
      while column - 1 + target.count <= scalars.count {
        let start = column - 1
        let before = start == 0 ? " " : scalars[start - 1]
        if Array(scalars[start..<start + target.count]) == target,
          before == " " || before == "{" || before == "," || before == "\t"
        {
          return file.error(
            "duplicate key '\(key)' (first given at line \(first.line))", line: line, column: column
          )
        }
        column += 1
      }
      line += 1
      column = 1
    }
    return file.error(
      "key '\(key)' is given more than once in this mapping", line: first.line, column: first.column
    )
  }

  /// The conversion state: how much of the budget is left and what went wrong.
  private struct Walk {
    let file: SourceFile
    let limit: Int
    var budget: Int
    var diagnostics: [Diagnostic] = []
    var exhausted = false

    init(file: SourceFile, budget: Int) {
      self.file = file
      self.limit = budget
      self.budget = budget
    }

    mutating func convert(_ node: Node) -> YAMLNode {
      let line = node.mark?.line ?? 1
      let column = node.mark?.column ?? 1
      budget -= 1
      if budget < 0 {
        if !exhausted {
          exhausted = true
          diagnostics.append(
            file.error(
              "the document holds more than \(limit) values, each use of an alias ('*name')"
                + " counted again; split it into smaller files, or nest aliases less deeply",
              line: line, column: column))
        }
        return YAMLNode(.scalar("", .plain), line: line, column: column)
      }
      switch node {
      case .scalar(let scalar):
        return YAMLNode(
          .scalar(scalar.string, style(scalar.style)), line: line, column: column)
      case .sequence(let sequence):
        var items: [YAMLNode] = []
        for item in sequence where !exhausted { items.append(convert(item)) }
        return YAMLNode(.sequence(items), line: line, column: column)
      case .mapping(let mapping):
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        for (key, value) in mapping where !exhausted {
          pairs.append((convert(key), convert(value)))
        }
        return YAMLNode(.mapping(pairs), line: line, column: column)
      case .alias:
        return YAMLNode(.scalar("", .plain), line: line, column: column)
      }
    }

    func style(_ style: Node.Scalar.Style) -> YAMLNode.ScalarStyle {
      switch style {
      case .singleQuoted: return .singleQuoted
      case .doubleQuoted: return .doubleQuoted
      case .literal: return .literal
      case .folded: return .folded
      default: return .plain
      }
    }
  }
}

/// One or more diagnostics carried as an error, for APIs that either succeed or explain why not.
public struct DiagnosticFailure: Error, Sendable {
  /// What went wrong, in order.
  public var diagnostics: [Diagnostic]

  /// Wraps diagnostics.
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
