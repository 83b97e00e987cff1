/// One lexical unit of a rule expression, with its offset in the expression text.
public struct Token: Sendable, Hashable {
  /// What kind of token it is.
  public enum Kind: Sendable, Hashable {
    case integer(Int)
    case decimal(Double)
    case string(String)
    case date(Day)
    case identifier(String)
    case keyword(String)
    case symbol(String)
    case end
  }

  /// The token's kind and value.
  public var kind: Kind
  /// Offset of its first character, in Unicode scalars from the start of the expression.
  public var offset: Int
  /// Its length in Unicode scalars.
  public var length: Int

  /// Creates a token.
  public init(_ kind: Kind, offset: Int, length: Int) {
    self.kind = kind
    self.offset = offset
    self.length = length
  }

  /// The words the language reserves.
  public static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false", "null"]

  /// How the token reads in a message: `'and'`, `end of expression`.
  public var quoted: String {
    switch kind {
    case .integer(let value): return "'\(value)'"
    case .decimal(let value): return "'\(value)'"
    case .string(let value): return "'\(value)'"
    case .date(let value): return "'\(value)'"
    case .identifier(let name), .keyword(let name), .symbol(let name): return "'\(name)'"
    case .end: return "end of expression"
    }
  }
}

/// A problem in an expression, at an offset the caller turns into a file position.
public struct ExpressionError: Error, Sendable, Hashable {
  /// The message, lower-case, naming the user's text in quotes.
  public var message: String
  /// Offset in Unicode scalars from the start of the expression.
  public var offset: Int

  /// Creates an error.
  public init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }
}
