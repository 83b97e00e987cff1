/// An expression's text and where each of its characters sits in the YAML file.
///
/// A scalar's value differs from its source text: quotes, escapes, block indentation and folded
/// line breaks. Aligning the value to the source lets a caret point inside the expression.
public struct ExpressionSource: Sendable {
  /// The expression text (the YAML scalar's value).
  public let text: String
  /// The file it came from.
  public let file: SourceFile
  /// For each Unicode scalar of `text`, its 1-based line and column in the file.
  private let positions: [(line: Int, column: Int)]
  private let fallback: (line: Int, column: Int)

  /// Maps the value of a YAML scalar node to its source.
  public init(node: YAMLNode, file: SourceFile) {
    text = node.scalar ?? ""
    self.file = file
    fallback = (node.line, node.column)
    positions = ExpressionSource.align(node: node, file: file)
  }

  /// Creates a source for text embedded at a known offset inside another (a `{...}` in a message).
  public init(text: String, within outer: ExpressionSource, offset: Int) {
    self.text = text
    file = outer.file
    let count = text.unicodeScalars.count
    positions = (0..<count).map { outer.position(of: offset + $0) }
    fallback = outer.position(of: offset)
  }

  /// The file line and column of the scalar at `offset` in the text (the end maps past the last).
  public func position(of offset: Int) -> (line: Int, column: Int) {
    if offset >= 0, offset < positions.count { return positions[offset] }
    if let last = positions.last, offset >= positions.count {
      return (last.line, last.column + 1 + (offset - positions.count))
    }
    return fallback
  }

  /// An error at an offset inside the expression.
  public func error(_ message: String, at offset: Int) -> Diagnostic {
    let (line, column) = position(of: offset)
    return file.error(message, line: line, column: column)
  }

  /// An error for an `ExpressionError`.
  public func diagnostic(_ error: ExpressionError) -> Diagnostic {
    self.error(error.message, at: error.offset)
  }

  private static func align(node: YAMLNode, file: SourceFile) -> [(line: Int, column: Int)] {
    let value = Array((node.scalar ?? "").unicodeScalars)
    var line = node.line
    var column = node.column
    switch node.scalarStyle {
    case .singleQuoted, .doubleQuoted: column += 1
    case .literal, .folded:
      line += 1
      column = 1
    default: break
    }
    var result: [(line: Int, column: Int)] = []
    result.reserveCapacity(value.count)
    var sourceLine = file.line(line).map { Array($0.unicodeScalars) } ?? []
    for scalar in value {
      var found = false
      // Scan forward for the character; a folded line break reads as a space in the value.
      var budget = 400
      while budget > 0 {
        budget -= 1
        if column - 1 < sourceLine.count {
          let candidate = sourceLine[column - 1]
          if candidate == scalar {
            result.append((line, column))
            column += 1
            found = true
            break
          }
          column += 1
        } else {
          if scalar == "\n" || scalar == " " {
            result.append((line, column))
            line += 1
            column = 1
            sourceLine = file.line(line).map { Array($0.unicodeScalars) } ?? []
            found = true
            break
          }
          guard line < file.lines.count else { break }
          line += 1
          column = 1
          sourceLine = file.line(line).map { Array($0.unicodeScalars) } ?? []
        }
      }
      if !found { result.append(result.last ?? (node.line, node.column)) }
    }
    return result
  }
}
