/// The state one evaluation reads: the data, the case, the run's parameters and local slots.
///
/// Compiled expressions are closures over slot and field indices, so evaluation never looks a
/// name up by string.
public struct Frame: Sendable {
  /// All records.
  public let data: Dataset
  /// The case being scored; moving to another case forgets the memo and lists of the last one.
  public var caseRecord: RecordRef {
    didSet {
      if !memo.isEmpty { memo.removeAll() }
      if caseListsKept { forgetCaseLists() }
    }
  }
  /// Parameter values, in the pack's parameter order.
  public let params: [Value]
  /// `audit.as_at`: a date, or null when the run has none. The service report's consistency
  /// takes the groupings as at each child's own day, so it may be moved per case.
  public var asAt: Value
  /// `audit.period`: a range, open-ended when the run has none.
  public let period: Value
  /// Local variables: `for_each` items, `let` values, lambda and function parameters.
  public var slots: [Value]
  /// The calendar's years, once a working-day computation has reached outside them since the
  /// rule evaluator last cleared this: its insufficient-evidence message then says why.
  public var workingDaysOutside: ClosedRange<Int>?
  /// The census's rule outcomes that `rule_outcome` reads; nil outside a report's tables.
  public var outcomes: RuleOutcomes?
  /// Results of pack functions called with records, for this case: functions are pure, and a
  /// rule asks for `held_reviews(p)` of the same period many times.
  var memo = CaseMemo()
  /// The case's own lists (`reviews`, `notes`) once read, by relation: a rule reads `notes` for
  /// every review it scores, and building the list each time cost more than what read it.
  var caseLists: [Value?] = []
  /// Whether any of `caseLists` is kept.
  var caseListsKept = false
  /// What `CasePrefetch` read for this case, meaning nothing: stored where the compiled
  /// expressions could read it, so the optimiser keeps the reads.
  var prefetched: Int32 = 0

  /// A function instance and the records it was called with.
  typealias MemoKey = CaseMemo.Key

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
  /// The value, when the expression is a constant (literals, lists of literals).
  public var constant: Value?
  /// The codes, when the expression reads a `code(...)` field directly.
  public var codes: CodeList?
  /// The local slot, when the expression reads a variable directly (a function parameter).
  var slot: Int?

  /// Creates a compiled expression.
  public init(_ type: ValueType, _ eval: @escaping Eval) {
    self.type = type
    self.eval = eval
  }

  /// A constant.
  public static func constant(_ type: ValueType, _ value: Value) -> Compiled {
    var compiled = Compiled(type) { _ in value }
    compiled.constant = value
    return compiled
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
    /// The codes of the code field it holds, when it is one (`let: kind: n.type`).
    public var codes: CodeList?
  }

  /// Variables by name; inner bindings shadow outer ones.
  public var variables: [String: Variable] = [:]
  /// Names defined later (a `let` below this one), to explain a use before definition.
  public var definedLater: [String: Int] = [:]

  /// Creates an empty scope.
  public init() {}

  /// A copy with one more variable.
  public func binding(_ name: String, slot: Int, type: ValueType, codes: CodeList? = nil)
    -> Scope
  {
    var copy = self
    copy.variables[name] = Variable(slot: slot, type: type, codes: codes)
    copy.definedLater[name] = nil
    return copy
  }
}

extension Frame {
  /// The case's list of `relation`, built by `build` the first time this case reads it.
  @inline(__always)
  mutating func caseList(_ relation: Int, _ build: Eval) -> Value {
    if relation < caseLists.count, let known = caseLists[relation] { return known }
    let list = build(&self)
    if caseLists.count <= relation {
      caseLists.append(contentsOf: repeatElement(nil, count: relation + 1 - caseLists.count))
    }
    caseLists[relation] = list
    caseListsKept = true
    return list
  }

  /// Forgets the lists kept for the last case.
  mutating func forgetCaseLists() {
    for index in caseLists.indices { caseLists[index] = nil }
    caseListsKept = false
  }
}
