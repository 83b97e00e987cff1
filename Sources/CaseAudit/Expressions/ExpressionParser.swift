/// Parses an expression's tokens into `Syntax` by precedence climbing.
///
/// Precedence, loosest first: `? :`, `??`, `or`, `and`, `not`, comparison (`== != < <= > >= in`,
/// `not in`), `+ -`, `* /`, unary `-`, postfix (`.f`, `.m(...)`, a duration unit).
///
/// Chains such as `a + b + c` are read in a loop, but they still make a tree as deep as they are
/// long, and everything after the parser (type checking, compiling, evaluation on worker threads
/// with small stacks) walks the tree recursively. So the tree's depth, and the nesting of brackets
/// while parsing, are bounded by `maximumDepth`: deeper is an error at the token going too deep.
public struct ExpressionParser {
  /// The deepest tree (and the deepest nesting of brackets) an expression may have.
  public static let maximumDepth = 256

  /// A parsed sub-expression with the depth of its tree.
  private struct Node {
    var syntax: Syntax
    var depth: Int
  }

  private let tokens: [Token]
  private var position = 0
  /// Sub-expressions being parsed, one inside another.
  private var nesting = 0

  /// Parses a whole expression; anything left over is an error.
  public static func parse(_ text: String) -> Result<Syntax, ExpressionError> {
    switch Lexer(text).tokens() {
    case .failure(let error): return .failure(error)
    case .success(let tokens):
      if tokens.count == 1 { return .failure(ExpressionError("the expression is empty", at: 0)) }
      var parser = ExpressionParser(tokens: tokens)
      do {
        let node = try parser.conditional()
        let next = parser.peek
        if next.kind != .end {
          throw ExpressionError(
            "unexpected \(next.quoted) after a complete expression", at: next.offset)
        }
        return .success(node.syntax)
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

  /// The error for a sub-expression that would nest too deeply, at its first token.
  static func tooDeep(at offset: Int) -> ExpressionError {
    ExpressionError(
      "expression nested too deeply (more than \(maximumDepth) levels of operators, brackets"
        + " and calls)", at: offset)
  }

  /// A node over its children, one level deeper than the deepest of them.
  private func node(_ syntax: Syntax, over children: Node...) throws -> Node {
    try node(syntax, over: children)
  }

  private func node(_ syntax: Syntax, over children: [Node]) throws -> Node {
    let depth = (children.map(\.depth).max() ?? 0) + 1
    guard depth <= ExpressionParser.maximumDepth else {
      throw ExpressionParser.tooDeep(at: syntax.offset)
    }
    return Node(syntax: syntax, depth: depth)
  }

  /// Counts one more level of nesting for a sub-expression starting at the next token.
  private mutating func enter() throws {
    nesting += 1
    guard nesting <= ExpressionParser.maximumDepth else {
      throw ExpressionParser.tooDeep(at: peek.offset)
    }
  }

  private mutating func conditional() throws -> Node {
    try enter()
    defer { nesting -= 1 }
    let condition = try coalesce()
    guard isSymbol("?") else { return condition }
    let at = advance().offset
    let then = try conditional()
    try expect(":", "between the branches of '? :'")
    let otherwise = try conditional()
    return try node(
      .conditional(condition.syntax, then.syntax, otherwise.syntax, at: at),
      over: condition, then, otherwise)
  }

  private mutating func coalesce() throws -> Node {
    var lhs = try or()
    while isSymbol("??") {
      let at = advance().offset
      let rhs = try or()
      lhs = try node(.binary(.coalesce, lhs.syntax, rhs.syntax, at: at), over: lhs, rhs)
    }
    return lhs
  }

  private mutating func or() throws -> Node {
    var lhs = try and()
    while isKeyword("or") {
      let at = advance().offset
      let rhs = try and()
      lhs = try node(.binary(.logical(.or), lhs.syntax, rhs.syntax, at: at), over: lhs, rhs)
    }
    return lhs
  }

  private mutating func and() throws -> Node {
    var lhs = try not()
    while isKeyword("and") {
      let at = advance().offset
      let rhs = try not()
      lhs = try node(.binary(.logical(.and), lhs.syntax, rhs.syntax, at: at), over: lhs, rhs)
    }
    return lhs
  }

  private mutating func not() throws -> Node {
    guard isKeyword("not") else { return try comparison() }
    let at = advance().offset
    try enter()
    defer { nesting -= 1 }
    let operand = try not()
    return try node(.unary(.not, operand.syntax, at: at), over: operand)
  }

  private static let comparisons: [String: BinaryOperator] = [
    "==": .equality(negated: false), "!=": .equality(negated: true), "<": .ordering(.less),
    "<=": .ordering(.lessOrEqual), ">": .ordering(.greater), ">=": .ordering(.greaterOrEqual),
  ]

  private mutating func comparison() throws -> Node {
    var lhs = try additive()
    while true {
      let op: BinaryOperator
      let at: Int
      if case .symbol(let symbol) = peek.kind, let found = ExpressionParser.comparisons[symbol] {
        (op, at) = (found, advance().offset)
      } else if isKeyword("in") {
        (op, at) = (.membership(negated: false), advance().offset)
      } else if isKeyword("not"), tokens[position + 1].kind == .keyword("in") {
        (op, at) = (.membership(negated: true), advance().offset)
        _ = advance()
      } else {
        return lhs
      }
      let rhs = try additive()
      lhs = try node(.binary(op, lhs.syntax, rhs.syntax, at: at), over: lhs, rhs)
    }
  }

  /// The arithmetic operator the next token is, when it is one of `allowed`.
  private func arithmetic(_ allowed: Set<ArithmeticOperator>) -> ArithmeticOperator? {
    guard case .symbol(let symbol) = peek.kind, let op = ArithmeticOperator(rawValue: symbol),
      allowed.contains(op)
    else { return nil }
    return op
  }

  private mutating func additive() throws -> Node {
    var lhs = try multiplicative()
    while let op = arithmetic([.plus, .minus]) {
      let at = advance().offset
      let rhs = try multiplicative()
      lhs = try node(.binary(.arithmetic(op), lhs.syntax, rhs.syntax, at: at), over: lhs, rhs)
    }
    return lhs
  }

  private mutating func multiplicative() throws -> Node {
    var lhs = try unary()
    while let op = arithmetic([.times, .divide]) {
      let at = advance().offset
      let rhs = try unary()
      lhs = try node(.binary(.arithmetic(op), lhs.syntax, rhs.syntax, at: at), over: lhs, rhs)
    }
    return lhs
  }

  private mutating func unary() throws -> Node {
    guard isSymbol("-") else { return try postfix() }
    let at = advance().offset
    try enter()
    defer { nesting -= 1 }
    let operand = try unary()
    return try node(.unary(.negate, operand.syntax, at: at), over: operand)
  }

  private mutating func postfix() throws -> Node {
    let startsWithGroup = isSymbol("(")
    var base = try primary()
    let takesUnit: Bool
    switch base.syntax {
    case .integer: takesUnit = true
    default: takesUnit = startsWithGroup
    }
    if takesUnit, case .identifier(let word) = peek.kind, let unit = DurationUnit(word: word),
      tokens[position + 1].kind != .symbol("(")
    {
      let at = advance().offset
      base = try node(.duration(base.syntax, unit, at: at), over: base)
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
        let args = try arguments()
        base = try node(
          .method(base.syntax, name, args.map(\.syntax), at: nameToken.offset),
          over: [base] + args)
      } else {
        base = try node(.member(base.syntax, name, at: nameToken.offset), over: base)
      }
    }
    return base
  }

  /// Comma-separated expressions up to `closing`, after the opening bracket.
  private mutating func items(until closing: String, _ context: String) throws -> [Node] {
    var items: [Node] = []
    if isSymbol(closing) {
      _ = advance()
      return items
    }
    while true {
      items.append(try conditional())
      if isSymbol(",") {
        _ = advance()
        continue
      }
      try expect(closing, context)
      return items
    }
  }

  private mutating func arguments() throws -> [Node] {
    try expect("(", "to open the arguments")
    return try items(until: ")", "to close the arguments")
  }

  private mutating func primary() throws -> Node {
    let token = advance()
    let leaf: Syntax
    switch token.kind {
    case .integer(let value): leaf = .integer(value, at: token.offset)
    case .decimal(let value): leaf = .decimal(value, at: token.offset)
    case .string(let value): leaf = .string(value, at: token.offset)
    case .date(let value): leaf = .date(value, at: token.offset)
    case .keyword("true"): leaf = .bool(true, at: token.offset)
    case .keyword("false"): leaf = .bool(false, at: token.offset)
    case .keyword("null"): leaf = .null(at: token.offset)
    case .identifier(let name):
      guard isSymbol("(") else { return Node(syntax: .name(name, at: token.offset), depth: 1) }
      let args = try arguments()
      return try node(.call(name, args.map(\.syntax), at: token.offset), over: args)
    case .symbol("("):
      let inner = try conditional()
      try expect(")", "to close '('")
      return inner
    case .symbol("["):
      let elements = try items(until: "]", "to close the list")
      return try node(.list(elements.map(\.syntax), at: token.offset), over: elements)
    default:
      throw ExpressionError(
        "expected a value, a name or '(', found \(token.quoted)", at: token.offset)
    }
    return Node(syntax: leaf, depth: 1)
  }
}
