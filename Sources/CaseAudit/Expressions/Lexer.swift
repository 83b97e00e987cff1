/// Splits an expression into tokens; every error names its offset in the text.
public struct Lexer: Sendable {
  private let scalars: [Unicode.Scalar]

  /// Creates a lexer over an expression's text.
  public init(_ text: String) { scalars = Array(text.unicodeScalars) }

  /// All tokens, ending with `.end`, or the first error.
  public func tokens() -> Result<[Token], ExpressionError> {
    var tokens: [Token] = []
    var index = 0
    while true {
      while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
      guard index < scalars.count else {
        tokens.append(Token(.end, offset: scalars.count, length: 0))
        return .success(tokens)
      }
      let start = index
      let scalar = scalars[index]
      if isDigit(scalar) {
        switch number(at: index) {
        case .success(let (kind, end)):
          tokens.append(Token(kind, offset: start, length: end - start))
          index = end
        case .failure(let error): return .failure(error)
        }
      } else if isIdentifierStart(scalar) {
        while index < scalars.count, isIdentifierPart(scalars[index]) { index += 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<index]))
        let kind: Token.Kind = Token.keywords.contains(word) ? .keyword(word) : .identifier(word)
        tokens.append(Token(kind, offset: start, length: index - start))
      } else if scalar == "'" || scalar == "\"" {
        switch string(at: index) {
        case .success(let (text, end)):
          tokens.append(Token(.string(text), offset: start, length: end - start))
          index = end
        case .failure(let error): return .failure(error)
        }
      } else if let symbol = symbol(at: index) {
        tokens.append(Token(.symbol(symbol), offset: start, length: symbol.unicodeScalars.count))
        index += symbol.unicodeScalars.count
      } else {
        return .failure(ExpressionError("unexpected character '\(Character(scalar))'", at: start))
      }
    }
  }

  private static let symbols = [
    "??", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", ",", ".",
    "?", ":",
  ]

  /// Each symbol's scalars, split once rather than at every token.
  private static let symbolScalars = symbols.map { Array($0.unicodeScalars) }

  private func symbol(at index: Int) -> String? {
    for (symbol, parts) in zip(Lexer.symbols, Lexer.symbolScalars)
    where index + parts.count <= scalars.count
      && scalars[index..<index + parts.count].elementsEqual(parts)
    {
      return symbol
    }
    return nil
  }

  /// An integer, a decimal, or a date `YYYY-MM-DD` (a date has no spaces around its dashes).
  private func number(at start: Int) -> Result<(Token.Kind, Int), ExpressionError> {
    var index = start
    while index < scalars.count, isDigit(scalars[index]) { index += 1 }
    if index - start == 4, index + 6 <= scalars.count, scalars[index] == "-",
      isDigit(scalars[index + 1]), isDigit(scalars[index + 2]), scalars[index + 3] == "-",
      isDigit(scalars[index + 4]), isDigit(scalars[index + 5])
    {
      let text = String(String.UnicodeScalarView(scalars[start..<index + 6]))
      guard let day = Day(iso: text) else {
        return .failure(ExpressionError("'\(text)' is not a valid date", at: start))
      }
      return .success((.date(day), index + 6))
    }
    if index + 1 < scalars.count, scalars[index] == ".", isDigit(scalars[index + 1]) {
      index += 1
      while index < scalars.count, isDigit(scalars[index]) { index += 1 }
      let text = String(String.UnicodeScalarView(scalars[start..<index]))
      // Hundreds of digits read as infinity: a number no record holds, so refuse it.
      guard let value = Double(text), value.isFinite else {
        return .failure(ExpressionError("number '\(text)' is too large", at: start))
      }
      return .success((.decimal(value), index))
    }
    let text = String(String.UnicodeScalarView(scalars[start..<index]))
    guard let value = Int(text) else {
      return .failure(ExpressionError("number '\(text)' is too large", at: start))
    }
    return .success((.integer(value), index))
  }

  /// A quoted string; the quote is doubled or backslash-escaped to include it.
  private func string(at start: Int) -> Result<(String, Int), ExpressionError> {
    let quote = scalars[start]
    var index = start + 1
    var text = String.UnicodeScalarView()
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\", index + 1 < scalars.count {
        text.append(scalars[index + 1])
        index += 2
      } else if scalar == quote {
        if index + 1 < scalars.count, scalars[index + 1] == quote {
          text.append(quote)
          index += 2
        } else {
          return .success((String(text), index + 1))
        }
      } else {
        text.append(scalar)
        index += 1
      }
    }
    return .failure(ExpressionError("text started here has no closing \(quote)", at: start))
  }

  private func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

  private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
  }

  private func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || isDigit(scalar)
  }
}
