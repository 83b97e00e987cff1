extension ExpressionCompiler {
  mutating func buildUnary(
    _ op: UnaryOperator, _ operand: Syntax, at: Int, _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    let compiled = try build(operand, scope, source)
    let eval = compiled.eval
    switch op {
    case .not:
      try require(
        compiled, .bool, "'not' needs a true/false value", at: operand.startOffset, source)
      return Compiled(.bool) { frame in Value.not(eval(&frame)) }
    case .negate: return try negation(compiled, at: at, source)
    }
  }

  private func negation(_ compiled: Compiled, at: Int, _ source: ExpressionSource) throws
    -> Compiled
  {
    let eval = compiled.eval
    switch compiled.type {
    case .int, .null:
      if case .int(let value)? = compiled.constant {
        guard value != Int.min else {
          throw source.error("-(\(value)) \(ExpressionCompiler.overflows)", at: at)
        }
        return .constant(.int, .int(-value))
      }
      return Compiled(.int) { frame in
        // The one whole number whose negation overflows gives unknown.
        guard case .int(let value) = eval(&frame), value != Int.min else { return .null }
        return .int(-value)
      }
    case .decimal:
      return Compiled(.decimal) { frame in
        if case .decimal(let value) = eval(&frame) { return .decimal(-value) }
        return .null
      }
    case .duration:
      if case .duration(let value)? = compiled.constant {
        guard let negated = value.negated else {
          throw source.error("-(\(value)) \(ExpressionCompiler.overflows)", at: at)
        }
        return .constant(.duration, .duration(negated))
      }
      return Compiled(.duration) { frame in
        guard case .duration(let value) = eval(&frame), let negated = value.negated else {
          return .null
        }
        return .duration(negated)
      }
    default:
      throw source.error("'-' cannot be applied to \(described(compiled.type))", at: at)
    }
  }

  func require(
    _ compiled: Compiled, _ type: ValueType, _ message: String, at: Int,
    _ source: ExpressionSource
  ) throws {
    guard compiled.type == type || compiled.type == .null || compiled.type == .invalid else {
      throw source.error("\(message), but this is \(described(compiled.type))", at: at)
    }
  }

  mutating func buildConditional(
    _ condition: Syntax, _ then: Syntax, _ otherwise: Syntax, at: Int, _ scope: Scope,
    _ source: ExpressionSource
  ) throws -> Compiled {
    let test = try build(condition, scope, source)
    try require(
      test, .bool, "the condition before '?' must be true/false", at: condition.startOffset, source)
    let a = try build(then, scope, source)
    let b = try build(otherwise, scope, source)
    guard let type = a.type.unified(with: b.type) else {
      throw source.error(
        "the branches of '? :' differ: \(described(a.type)) and \(described(b.type))", at: at)
    }
    let (testEval, aEval, bEval) = (test.eval, a.eval, b.eval)
    return Compiled(type) { frame in
      switch testEval(&frame) {
      case .bool(true): return aEval(&frame)
      case .bool(false): return bEval(&frame)
      default: return .null
      }
    }
  }

  mutating func buildBinary(
    _ op: BinaryOperator, _ lhsSyntax: Syntax, _ rhsSyntax: Syntax, at: Int, _ scope: Scope,
    _ source: ExpressionSource
  ) throws -> Compiled {
    let lhs = try build(lhsSyntax, scope, source)
    let rhs = try build(rhsSyntax, scope, source)
    let (l, r) = (lhs.eval, rhs.eval)
    switch op {
    case .logical(let logical):
      let message = "'\(logical.rawValue)' needs true/false values"
      try require(lhs, .bool, message, at: lhsSyntax.startOffset, source)
      try require(rhs, .bool, message, at: rhsSyntax.startOffset, source)
      let isAnd = logical == .and
      return Compiled(.bool) { frame in
        let left = l(&frame)
        if isAnd ? left.isFalse : left.isTrue { return left }
        let right = r(&frame)
        return isAnd ? Value.and(left, right) : Value.or(left, right)
      }
    case .coalesce:
      guard let type = lhs.type.unified(with: rhs.type) else {
        throw source.error(
          "'??' needs a fallback of the same type:"
            + " \(described(lhs.type)) ?? \(described(rhs.type))",
          at: at)
      }
      return Compiled(type) { frame in
        let left = l(&frame)
        return left.isNull ? r(&frame) : left
      }
    case .equality(let negated):
      try checkCodes(lhs, lhsSyntax, rhs, rhsSyntax, source)
      return try equality(!negated, lhs, rhs, lhsSyntax, rhsSyntax, at: at, source)
    case .ordering(let ordering):
      return try self.ordering(ordering, lhs, rhs, at: at, source)
    case .membership(let negated):
      try checkCodes(lhs, in: rhs, rhsSyntax, source)
      return try membership(!negated, lhs, rhs, at: at, source)
    case .arithmetic(let arithmetic):
      return try self.arithmetic(arithmetic, lhs, rhs, at: at, source)
    }
  }

  private func equality(
    _ isEqual: Bool, _ lhs: Compiled, _ rhs: Compiled, _ lhsSyntax: Syntax, _ rhsSyntax: Syntax,
    at: Int, _ source: ExpressionSource
  ) throws -> Compiled {
    let (l, r) = (lhs.eval, rhs.eval)
    // Comparing with the literal null tests emptiness, and is never unknown.
    if case .null = rhsSyntax {
      return Compiled(.bool) { frame in .bool(l(&frame).isNull == isEqual) }
    }
    if case .null = lhsSyntax {
      return Compiled(.bool) { frame in .bool(r(&frame).isNull == isEqual) }
    }
    guard lhs.type.unified(with: rhs.type) != nil else {
      throw source.error(
        "cannot compare \(described(lhs.type)) with \(described(rhs.type))", at: at)
    }
    return Compiled(.bool) { frame in
      let left = l(&frame)
      let right = r(&frame)
      if left.isNull || right.isNull { return .null }
      return .bool(Value.same(left, right) == isEqual)
    }
  }

  private func ordering(
    _ op: OrderingOperator, _ lhs: Compiled, _ rhs: Compiled, at: Int,
    _ source: ExpressionSource
  ) throws -> Compiled {
    let type = lhs.type.unified(with: rhs.type)
    guard let type, [.int, .decimal, .date, .string, .null, .invalid].contains(type) else {
      throw source.error(
        "cannot compare \(described(lhs.type)) with \(described(rhs.type))"
          + " using '\(op.rawValue)'", at: at)
    }
    let (l, r) = (lhs.eval, rhs.eval)
    return Compiled(.bool) { frame in
      guard let order = Value.compare(l(&frame), r(&frame)) else { return .null }
      return .bool(op.accepts(order))
    }
  }

  /// The longest literal list of texts `in` compares in turn rather than looking up in a set.
  static let textsComparedInTurn = 8

  private func membership(
    _ isIn: Bool, _ lhs: Compiled, _ rhs: Compiled, at: Int, _ source: ExpressionSource
  ) throws -> Compiled {
    let (l, r) = (lhs.eval, rhs.eval)
    switch rhs.type {
    case .invalid: return Compiled(.bool) { _ in .null }
    case .range:
      try require(lhs, .date, "only a date can be 'in' a date range", at: at, source)
      return Compiled(.bool) { frame in
        guard case .date(let day) = l(&frame), case .range(let start, let end) = r(&frame) else {
          return .null
        }
        let inside = (start.map { day >= $0 } ?? true) && (end.map { day <= $0 } ?? true)
        return .bool(inside == isIn)
      }
    case .list(let element):
      guard lhs.type.unified(with: element) != nil else {
        throw source.error(
          "cannot look for \(described(lhs.type)) in \(described(rhs.type))", at: at)
      }
      if case .list(let items)? = rhs.constant {
        let texts = items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        if texts.count == items.count, texts.count <= Self.textsComparedInTurn {
          // A short literal list of texts (codes, mostly) is compared in turn: hashing the
          // text to look it up in a set cost several times more, on every note of a census.
          return Compiled(.bool) { frame in
            switch l(&frame) {
            case .string(let text): return .bool(texts.contains(text) == isIn)
            case .null: return .null
            default: return .bool(!isIn)
            }
          }
        }
        // A longer one is looked up in a set.
        let set = Set(texts)
        if texts.count == items.count {
          return Compiled(.bool) { frame in
            switch l(&frame) {
            case .string(let text): return .bool(set.contains(text) == isIn)
            case .null: return .null
            default: return .bool(!isIn)
            }
          }
        }
      }
      return Compiled(.bool) { frame in
        let value = l(&frame)
        guard !value.isNull, case .list(let items) = r(&frame) else { return .null }
        let found = items.contains { Value.same($0, value) }
        return .bool(found == isIn)
      }
    default:
      throw source.error(
        "'in' needs a list or a date range on its right, not \(described(rhs.type))", at: at)
    }
  }
}
