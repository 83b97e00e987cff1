/// A parsed expression: what was written, with offsets for diagnostics.
public indirect enum Syntax: Sendable, Hashable {
  case integer(Int, at: Int)
  case decimal(Double, at: Int)
  case string(String, at: Int)
  case bool(Bool, at: Int)
  case null(at: Int)
  case date(Day, at: Int)
  case list([Syntax], at: Int)
  /// `20 working_days`, `(n) months`.
  case duration(Syntax, DurationUnit, at: Int)
  case name(String, at: Int)
  /// `base.name`; the offset is the member name's.
  case member(Syntax, String, at: Int)
  /// `name(args)`: a built-in or a pack function.
  case call(String, [Syntax], at: Int)
  /// `base.name(args)`; the offset is the method name's.
  case method(Syntax, String, [Syntax], at: Int)
  case unary(UnaryOperator, Syntax, at: Int)
  case binary(BinaryOperator, Syntax, Syntax, at: Int)
  case conditional(Syntax, Syntax, Syntax, at: Int)

  /// The offset of the expression's significant token, where a caret should point.
  public var offset: Int {
    switch self {
    case .integer(_, let at), .decimal(_, let at), .string(_, let at), .bool(_, let at),
      .null(let at), .date(_, let at), .list(_, let at), .duration(_, _, let at),
      .name(_, let at), .member(_, _, let at), .call(_, _, let at), .method(_, _, _, let at),
      .unary(_, _, let at), .binary(_, _, _, let at), .conditional(_, _, _, let at):
      return at
    }
  }

  /// The offset of the expression's first character (for a binary, its left operand's).
  public var startOffset: Int {
    switch self {
    case .member(let base, _, _), .method(let base, _, _, _), .binary(_, let base, _, _),
      .conditional(let base, _, _, _), .duration(let base, _, _):
      return base.startOffset
    default: return offset
    }
  }

  /// Names of pack or built-in functions this expression calls, for the recursion check.
  public var calledFunctions: [(name: String, offset: Int)] {
    var found: [(String, Int)] = []
    visit { node in
      if case .call(let name, _, let at) = node { found.append((name, at)) }
    }
    return found
  }

  /// Calls `body` on this node and every node below it.
  public func visit(_ body: (Syntax) -> Void) {
    body(self)
    switch self {
    case .list(let items, _): items.forEach { $0.visit(body) }
    case .duration(let inner, _, _), .member(let inner, _, _), .unary(_, let inner, _):
      inner.visit(body)
    case .call(_, let args, _): args.forEach { $0.visit(body) }
    case .method(let base, _, let args, _):
      base.visit(body)
      args.forEach { $0.visit(body) }
    case .binary(_, let lhs, let rhs, _):
      lhs.visit(body)
      rhs.visit(body)
    case .conditional(let c, let a, let b, _):
      c.visit(body)
      a.visit(body)
      b.visit(body)
    default: break
    }
  }
}
