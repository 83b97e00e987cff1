/// A binary operator, grouped by what it does so that each group is handled exhaustively.
public enum BinaryOperator: Sendable, Hashable {
  /// `a ?? b`: b when a is empty.
  case coalesce
  /// `and`, `or` (Kleene logic).
  case logical(LogicalOperator)
  /// `==` (or `!=` when negated).
  case equality(negated: Bool)
  /// `<`, `<=`, `>`, `>=`.
  case ordering(OrderingOperator)
  /// `in` (or `not in` when negated).
  case membership(negated: Bool)
  /// `+`, `-`, `*`, `/`.
  case arithmetic(ArithmeticOperator)

  /// The operator as written, for messages.
  public var text: String {
    switch self {
    case .coalesce: return "??"
    case .logical(let op): return op.rawValue
    case .equality(let negated): return negated ? "!=" : "=="
    case .ordering(let op): return op.rawValue
    case .membership(let negated): return negated ? "not in" : "in"
    case .arithmetic(let op): return op.rawValue
    }
  }
}

/// `and` or `or`.
public enum LogicalOperator: String, Sendable, Hashable {
  /// False wins, then unknown.
  case and
  /// True wins, then unknown.
  case or
}

/// An ordering comparison.
public enum OrderingOperator: String, Sendable, Hashable {
  /// `<`.
  case less = "<"
  /// `<=`.
  case lessOrEqual = "<="
  /// `>`.
  case greater = ">"
  /// `>=`.
  case greaterOrEqual = ">="

  /// Whether a three-way comparison's result (-1, 0, 1) satisfies the operator.
  func accepts(_ order: Int) -> Bool {
    switch self {
    case .less: return order < 0
    case .lessOrEqual: return order <= 0
    case .greater: return order > 0
    case .greaterOrEqual: return order >= 0
    }
  }
}

/// An arithmetic operator.
public enum ArithmeticOperator: String, Sendable, Hashable {
  /// `+`: numbers, text, or a date and a duration.
  case plus = "+"
  /// `-`: numbers, or a date less a duration.
  case minus = "-"
  /// `*`.
  case times = "*"
  /// `/`: always a decimal; unknown when dividing by zero.
  case divide = "/"
}

/// A prefix operator.
public enum UnaryOperator: String, Sendable, Hashable {
  /// `not x` (Kleene negation).
  case not
  /// `-x`.
  case negate = "-"
}
