/// A YAML node with its position, read without any implicit typing.
///
/// Scalars stay text: whether `PN0`, `on` or `010` is a code, a boolean or a number is decided by
/// the schema that reads them, never by YAML 1.1's guesses.
public struct YAMLNode: Sendable {
  /// How a scalar was written; quoted scalars are always strings, plain ones may be `null`.
  public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  /// The shape of the node.
  public enum Content: Sendable {
    case scalar(String, ScalarStyle)
    case sequence([YAMLNode])
    case mapping([(key: YAMLNode, value: YAMLNode)])
  }

  /// The node's content.
  public var content: Content
  /// 1-based line of the node's first character.
  public var line: Int
  /// 1-based column of the node's first character.
  public var column: Int

  /// Creates a node.
  public init(_ content: Content, line: Int, column: Int) {
    self.content = content
    self.line = line
    self.column = column
  }

  /// The scalar's text, if the node is a scalar.
  public var scalar: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// The scalar's style, if the node is a scalar.
  public var scalarStyle: ScalarStyle? {
    if case .scalar(_, let style) = content { return style }
    return nil
  }

  /// Whether the node is a plain `null`, `~` or empty scalar: YAML's ways of writing nothing.
  public var isNull: Bool {
    guard case .scalar(let text, .plain) = content else { return false }
    return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
  }

  /// The pairs of a mapping, if the node is one.
  public var pairs: [(key: YAMLNode, value: YAMLNode)]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// The items of a sequence, if the node is one.
  public var items: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// A word for the node's kind, for messages: `a mapping`, `a list`, `a text value`.
  public var kindDescription: String {
    switch content {
    case .scalar: return "a single value"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }
}
