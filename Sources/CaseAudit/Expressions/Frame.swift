/// The state one evaluation reads: the data, the case, the run's parameters and local slots.
///
/// Compiled expressions are closures over slot and field indices, so evaluation never looks a
/// name up by string.
public struct Frame: Sendable {
  /// All records.
  public let data: Dataset
  /// The case being scored.
  public var caseRecord: RecordRef
  /// Parameter values, in the pack's parameter order.
  public let params: [Value]
  /// `audit.as_at`: a date, or null when the run has none.
  public let asAt: Value
  /// `audit.period`: a range, open-ended when the run has none.
  public let period: Value
  /// Local variables: `for_each` items, `let` values, lambda and function parameters.
  public var slots: [Value]

  /// Creates a frame for one case.
  public init(
    data: Dataset, caseRecord: RecordRef, params: [Value], asAt: Value, period: Value,
    slotCount: Int
  ) {
    self.data = data
    self.caseRecord = caseRecord
    self.params = params
    self.asAt = asAt
    self.period = period
    slots = Array(repeating: .null, count: slotCount)
  }
}

/// A compiled expression: give it a frame, get a value.
public typealias Eval = @Sendable (inout Frame) -> Value

/// An expression after type checking: its static type and its compiled form.
public struct Compiled: Sendable {
  /// The static type.
  public var type: ValueType
  /// The compiled evaluation.
  public var eval: Eval

  /// Creates a compiled expression.
  public init(_ type: ValueType, _ eval: @escaping Eval) {
    self.type = type
    self.eval = eval
  }

  /// A constant.
  public static func constant(_ type: ValueType, _ value: Value) -> Compiled {
    Compiled(type) { _ in value }
  }
}

/// The names visible to an expression, bound to slots.
public struct Scope: Sendable {
  /// A visible variable.
  public struct Variable: Sendable {
    /// Its slot in the frame.
    public var slot: Int
    /// Its static type.
    public var type: ValueType
  }

  /// Variables by name; inner bindings shadow outer ones.
  public var variables: [String: Variable] = [:]
  /// Names defined later (a `let` below this one), to explain a use before definition.
  public var definedLater: [String: Int] = [:]

  /// Creates an empty scope.
  public init() {}

  /// A copy with one more variable.
  public func binding(_ name: String, slot: Int, type: ValueType) -> Scope {
    var copy = self
    copy.variables[name] = Variable(slot: slot, type: type)
    copy.definedLater[name] = nil
    return copy
  }
}
