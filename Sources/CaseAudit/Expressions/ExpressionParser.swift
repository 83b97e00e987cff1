/// Parses an expression's tokens into `Syntax` by precedence climbing.
///
/// Precedence, loosest first: `? :`, `??`, `or`, `and`, `not`, comparison (`== != < <= > >= in`,
/// `not in`), `+ -`, `* /`, unary `-`, postfix (`.f`, `.m(...)`, a duration unit).
public struct ExpressionParser {
  private let tokens: [Token]
  private var position = 0

  /// Parses a whole expression; anything left over is an error.
  public static func parse(_ text: String) -> Result<Syntax, ExpressionError> {
    switch Lexer(text).tokens() {
    case .failure(let error): return .failure(error)
    case .success(let tokens):
      if tokens.count == 1 { return .failure(ExpressionError("the expression is empty", at: 0)) }
      var parser = ExpressionParser(tokens: tokens)
      do {
        let syntax = try parser.conditional()
        let next = parser.peek
        if next.kind != .end {
          throw ExpressionError(
            "unexpected \(next.quoted) after a complete expression", at: next.offset)
        }
        return .success(syntax)
      } catch let error as ExpressionError {
        return .failure(error)
      } catch {
        return .failure(ExpressionError("\(error)", at: 0))
      }
    }
  }

  private init(tokens: [Token]) { self.tokens = tokens }

  private var peek: Token { tokens[position] }

  private mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  private func isSymbol(_ symbol: String) -> Bool { peek.kind == .symbol(symbol) }
  private func isKeyword(_ word: String) -> Bool { peek.kind == .keyword(word) }

  private mutating func expect(_ symbol: String, _ context: String) throws {
    guard isSymbol(symbol) else {
      throw ExpressionError(
        "expected '\(symbol)' \(context), found \(peek.quoted)", at: peek.offset)
    }
    _ = advance()
  }

  private mutating func conditional() throws -> Syntax {
    let condition = try coalesce()
    guard isSymbol("?") else { return condition }
    let at = advance().offset
    let then = try conditional()
    try expect(":", "between the branches of '? :'")
    let otherwise = try conditional()
    return .conditional(condition, then, otherwise, at: at)
  }

  private mutating func coalesce() throws -> Syntax {
    var lhs = try or()
    while isSymbol("??") {
      let at = advance().offset
      lhs = .binary("??", lhs, try or(), at: at)
    }
    return lhs
  }

  private mutating func or() throws -> Syntax {
    var lhs = try and()
    while isKeyword("or") {
      let at = advance().offset
      lhs = .binary("or", lhs, try and(), at: at)
    }
    return lhs
  }

  private mutating func and() throws -> Syntax {
    var lhs = try not()
    while isKeyword("and") {
      let at = advance().offset
      lhs = .binary("and", lhs, try not(), at: at)
    }
    return lhs
  }

  private mutating func not() throws -> Syntax {
    guard isKeyword("not") else { return try comparison() }
    let at = advance().offset
    return .unary("not", try not(), at: at)
  }

  private static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">="]

  private mutating func comparison() throws -> Syntax {
    var lhs = try additive()
    while true {
      if case .symbol(let op) = peek.kind, ExpressionParser.comparisons.contains(op) {
        let at = advance().offset
        lhs = .binary(op, lhs, try additive(), at: at)
      } else if isKeyword("in") {
        let at = advance().offset
        lhs = .binary("in", lhs, try additive(), at: at)
      } else if isKeyword("not"), tokens[position + 1].kind == .keyword("in") {
        let at = advance().offset
        _ = advance()
        lhs = .binary("not in", lhs, try additive(), at: at)
      } else {
        return lhs
      }
    }
  }

  private mutating func additive() throws -> Syntax {
    var lhs = try multiplicative()
    while isSymbol("+") || isSymbol("-") {
      let token = advance()
      guard case .symbol(let op) = token.kind else { break }
      lhs = .binary(op, lhs, try multiplicative(), at: token.offset)
    }
    return lhs
  }

  private mutating func multiplicative() throws -> Syntax {
    var lhs = try unary()
    while isSymbol("*") || isSymbol("/") {
      let token = advance()
      guard case .symbol(let op) = token.kind else { break }
      lhs = .binary(op, lhs, try unary(), at: token.offset)
    }
    return lhs
  }

  private mutating func unary() throws -> Syntax {
    guard isSymbol("-") else { return try postfix() }
    let at = advance().offset
    return .unary("-", try unary(), at: at)
  }

  private mutating func postfix() throws -> Syntax {
    let startsWithGroup = isSymbol("(")
    var base = try primary()
    let takesUnit: Bool
    switch base {
    case .integer: takesUnit = true
    default: takesUnit = startsWithGroup
    }
    if takesUnit, case .identifier(let word) = peek.kind, let unit = DurationUnit(word: word),
      tokens[position + 1].kind != .symbol("(")
    {
      let at = advance().offset
      base = .duration(base, unit, at: at)
    }
    while isSymbol(".") {
      _ = advance()
      let nameToken = advance()
      guard case .identifier(let name) = nameToken.kind else {
        throw ExpressionError(
          "expected a field or method name after '.', found \(nameToken.quoted)",
          at: nameToken.offset)
      }
      if isSymbol("(") {
        base = .method(base, name, try arguments(), at: nameToken.offset)
      } else {
        base = .member(base, name, at: nameToken.offset)
      }
    }
    return base
  }

  private mutating func arguments() throws -> [Syntax] {
    try expect("(", "to open the arguments")
    var args: [Syntax] = []
    if isSymbol(")") {
      _ = advance()
      return args
    }
    while true {
      args.append(try conditional())
      if isSymbol(",") {
        _ = advance()
        continue
      }
      try expect(")", "to close the arguments")
      return args
    }
  }

  private mutating func primary() throws -> Syntax {
    let token = advance()
    switch token.kind {
    case .integer(let value): return .integer(value, at: token.offset)
    case .decimal(let value): return .decimal(value, at: token.offset)
    case .string(let value): return .string(value, at: token.offset)
    case .date(let value): return .date(value, at: token.offset)
    case .keyword("true"): return .bool(true, at: token.offset)
    case .keyword("false"): return .bool(false, at: token.offset)
    case .keyword("null"): return .null(at: token.offset)
    case .identifier(let name):
      if isSymbol("(") { return .call(name, try arguments(), at: token.offset) }
      return .name(name, at: token.offset)
    case .symbol("("):
      let inner = try conditional()
      try expect(")", "to close '('")
      return inner
    case .symbol("["):
      var items: [Syntax] = []
      if isSymbol("]") {
        _ = advance()
        return .list(items, at: token.offset)
      }
      while true {
        items.append(try conditional())
        if isSymbol(",") {
          _ = advance()
          continue
        }
        try expect("]", "to close the list")
        return .list(items, at: token.offset)
      }
    default:
      throw ExpressionError(
        "expected a value, a name or '(', found \(token.quoted)", at: token.offset)
    }
  }
}
