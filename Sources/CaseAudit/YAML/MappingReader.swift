/// Reads a YAML mapping whose keys are fixed: unknown keys and missing required keys are errors.
///
/// This is what `Codable` does not do: it would silently ignore `expcet:` and run a rule with
/// no expectation.
public struct MappingReader {
  /// The mapping node.
  public let node: YAMLNode
  /// Its file.
  public let file: SourceFile
  private var values: [String: YAMLNode] = [:]

  /// Reads `node` as a mapping with the given keys; problems are appended to `diagnostics`.
  ///
  /// Returns nil (with a diagnostic) when the node is not a mapping. With `refusingEmpty`, a
  /// key written with no value (`when:`) is an error rather than the key left out: an empty
  /// `when` would otherwise apply the rule to every case without a word.
  public init?(
    _ node: YAMLNode, file: SourceFile, what: String, allowed: [String], required: [String] = [],
    refusingEmpty: Bool = false, diagnostics: inout [Diagnostic]
  ) {
    self.node = node
    self.file = file
    guard let pairs = node.pairs else {
      diagnostics.append(
        file.error(
          "\(what) must be a mapping of keys to values, not \(node.kindDescription)",
          line: node.line, column: node.column))
      return nil
    }
    for (key, value) in pairs {
      guard let name = key.scalar else {
        diagnostics.append(
          file.error("keys must be plain names", line: key.line, column: key.column))
        continue
      }
      guard allowed.contains(name) else {
        let hint = NearMiss.hint(for: name, among: allowed)
        let expected = hint.isEmpty ? "; expected one of: \(allowed.joined(separator: ", "))" : hint
        diagnostics.append(
          file.error(
            "unknown key '\(name)' in \(what)\(expected)", line: key.line, column: key.column))
        continue
      }
      values[name] = value
      if refusingEmpty, value.isNull, !required.contains(name) {
        diagnostics.append(
          file.error(
            "'\(name)' is empty; give it a value or leave the key out", line: key.line,
            column: key.column))
      }
    }
    for name in required where values[name] == nil || values[name]!.isNull {
      diagnostics.append(
        file.error("\(what) needs '\(name)'", line: node.line, column: node.column))
    }
  }

  /// The value of a key, if given.
  public subscript(key: String) -> YAMLNode? { values[key] }

  /// The text of a scalar key; an error when the key holds a list or mapping.
  public func text(_ key: String, diagnostics: inout [Diagnostic]) -> String? {
    guard let value = values[key], !value.isNull else { return nil }
    guard let text = value.scalar else {
      diagnostics.append(
        file.error(
          "'\(key)' must be a single value, not \(value.kindDescription)", line: value.line,
          column: value.column))
      return nil
    }
    return text
  }

  /// An error at a key's value.
  public func error(_ message: String, at key: String) -> Diagnostic {
    let target = values[key] ?? node
    return file.error(message, line: target.line, column: target.column)
  }
}

extension SourceFile {
  /// An error at a node.
  public func error(_ message: String, at node: YAMLNode) -> Diagnostic {
    error(message, line: node.line, column: node.column)
  }
}
