/// A pack function from functions.yaml: `held_reviews(p): "p.reviews.filter(...)"`.
public struct FunctionDefinition: Sendable {
  /// The function's name.
  public var name: String
  /// Its parameter names.
  public var parameters: [String]
  /// Its parsed body.
  public var body: Syntax
  /// The body's source, for diagnostics inside it.
  public var source: ExpressionSource
  /// Whether it calls itself through other functions (reported where it is defined).
  public var isRecursive = false

  /// Creates a definition.
  public init(name: String, parameters: [String], body: Syntax, source: ExpressionSource) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.source = source
  }
}

/// A field of a record type: what an expression reads.
public struct FieldRef: Sendable, Hashable {
  /// The type's index in the schema.
  public var type: Int
  /// The field's index in the type.
  public var field: Int
}

/// Type-checks expressions against a schema and compiles them to closures, in one pass.
///
/// Every name, member and method is resolved here; what is left for evaluation is indexing.
public struct ExpressionCompiler {
  /// The schema expressions read.
  public let schema: Schema
  /// The calendar working-day arithmetic uses.
  public let calendar: HolidayCalendar
  /// Parameters by name: their index in `Frame.params` and their type.
  public let parameters: [String: (index: Int, type: ValueType)]
  /// Pack functions by name.
  public let functions: [String: FunctionDefinition]
  /// Slots allocated so far; a frame needs this many.
  public private(set) var slotCount = 0
  /// Problems found, in the order found.
  public private(set) var diagnostics: [Diagnostic] = []
  /// The rules `rule_outcome` may name, by id: set while a report's tables are compiled, nil
  /// (the call is an error) for rules, whose outcomes cannot depend on one another.
  public var outcomeRules: [String: OutcomeRule]?
  /// The rules whose outcomes the expressions compiled so far read: a report scores only these
  /// again for the year before.
  public var outcomeRulesRead: Set<String> = []

  struct InstanceKey: Hashable {
    var name: String
    var argumentTypes: [ValueType]
  }

  struct Instance {
    var id: Int
    var reads: Set<FieldRef>
    /// The record types its body reads (`typesRead`).
    var types: Set<Int>
    var slots: [Int]
    var body: Compiled?
    /// How many levels of compiled code the body adds where it is called.
    var depth: Int
  }

  var instances: [InstanceKey: Instance] = [:]
  var callStack: [String] = []
  /// Codes demanded of function parameters compared with a code field, by slot.
  var codeDemands: [Int: CodeList] = [:]
  /// Codes demanded of list parameters a code field is looked for in, by slot.
  var listDemands: [Int: CodeList] = [:]
  /// Levels of `build` under way, counting function bodies compiled on the way, and the deepest
  /// reached: evaluation nests as deeply as compilation did, on scoring threads whose stacks may
  /// be 512 KiB (an evaluation level takes well under 1 KiB; compiling one takes about 6 KiB in a
  /// debug build, on the loading thread's 8 MiB).
  var depth = 0
  /// The deepest level `build` has reached, to record how deep a function's body goes.
  var deepest = 0

  /// The deepest an expression may nest, counting the bodies of the functions it calls.
  public static let maximumDepth = 512
  /// Fields read by the expressions compiled since the last `takeReads()`.
  var reads: Set<FieldRef> = []

  /// The fields read since the last call, forgetting them: a rule records what its logic reads
  /// so that a field its export lacks makes it insufficient evidence, never a silent fail.
  public mutating func takeReads() -> Set<FieldRef> {
    defer { reads = [] }
    return reads
  }

  /// `takeReads()` in schema order (type, then field), as rules, tables and groupings keep
  /// them, so the first one an export lacks is the same on every run.
  public mutating func takeReadsInOrder() -> [FieldRef] {
    takeReads().sorted { ($0.type, $0.field) < ($1.type, $1.field) }
  }

  /// Record types any value compiled since the last `takeTypesRead()` is of, or holds a list
  /// or pair of: records reached by a field, a reference, a list or a function's body.
  var typesRead: Set<Int> = []

  /// The record types read since the last call, forgetting them: what an import must load for
  /// the expressions to see the same records as in a whole export (`ImportSelection`).
  public mutating func takeTypesRead() -> Set<Int> {
    defer { typesRead = [] }
    return typesRead
  }

  /// Creates a compiler.
  public init(
    schema: Schema, calendar: HolidayCalendar,
    parameters: [String: (index: Int, type: ValueType)], functions: [String: FunctionDefinition],
    firstSlot: Int = 0
  ) {
    self.schema = schema
    self.calendar = calendar
    self.parameters = parameters
    self.functions = functions
    slotCount = firstSlot
  }

  /// Compiles one expression; nil (with diagnostics recorded) when it has errors.
  public mutating func compile(
    _ syntax: Syntax, in scope: Scope, source: ExpressionSource
  ) -> Compiled? {
    do {
      return try build(syntax, scope, source)
    } catch {
      record(error, source: source)
      return nil
    }
  }

  /// Parses and compiles the text of an expression scalar.
  public mutating func compile(_ source: ExpressionSource, in scope: Scope) -> Compiled? {
    switch ExpressionParser.parse(source.text) {
    case .failure(let error):
      record(error, source: source)
      return nil
    case .success(let syntax): return compile(syntax, in: scope, source: source)
    }
  }

  /// Compiles an expression that must be of `expected` type (or null).
  public mutating func compile(
    _ source: ExpressionSource, in scope: Scope, expecting expected: ValueType, role: String
  ) -> Compiled? {
    guard let compiled = compile(source, in: scope) else { return nil }
    if compiled.type.unified(with: expected) == nil || compiled.type == .decimal && expected == .int
    {
      let syntax = try? ExpressionParser.parse(source.text).get()
      diagnostics.append(
        source.error(
          "\(role) must be a \(expected.name(in: schema)),"
            + " but this is a \(compiled.type.name(in: schema))",
          at: syntax?.startOffset ?? 0))
      return nil
    }
    return compiled
  }

  /// A new local slot.
  public mutating func newSlot() -> Int {
    slotCount += 1
    return slotCount - 1
  }

  /// Adds a diagnostic found outside expression compilation.
  public mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

  mutating func record(_ error: Error, source: ExpressionSource) {
    let diagnostic: Diagnostic
    switch error {
    case let error as Diagnostic: diagnostic = error
    case let error as ExpressionError: diagnostic = source.diagnostic(error)
    default: diagnostic = source.error("\(error)", at: 0)
    }
    if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
  }

  func typeName(_ type: ValueType) -> String { type.name(in: schema) }

  /// An article and the type's name: `a date`, `an int`, `a list of review`.
  func described(_ type: ValueType) -> String {
    let name = typeName(type)
    return ("aeiou".contains(name.first ?? "x") ? "an " : "a ") + name
  }

  mutating func build(_ syntax: Syntax, _ scope: Scope, _ source: ExpressionSource) throws
    -> Compiled
  {
    depth += 1
    defer { depth -= 1 }
    deepest = max(deepest, depth)
    guard depth <= ExpressionCompiler.maximumDepth else {
      throw source.error(ExpressionCompiler.tooDeep, at: syntax.offset)
    }
    let compiled = try buildNode(syntax, scope, source)
    // Every node's type is noted, so a list counted but never looked into is read too.
    noteTypesRead(compiled.type)
    return compiled
  }

  /// Notes the record types a value of this type holds.
  private mutating func noteTypesRead(_ type: ValueType) {
    switch type {
    case .record(let index): typesRead.insert(index)
    case .list(let element), .pair(let element): noteTypesRead(element)
    case .bool, .int, .decimal, .string, .date, .duration, .range, .null, .invalid: break
    }
  }

  /// The message for an expression nesting too deeply with the functions it calls.
  static let tooDeep =
    "expression nested too deeply (more than \(maximumDepth) levels, counting the bodies of the"
    + " functions called)"

  private mutating func buildNode(_ syntax: Syntax, _ scope: Scope, _ source: ExpressionSource)
    throws -> Compiled
  {
    switch syntax {
    case .integer(let value, _): return .constant(.int, .int(value))
    case .decimal(let value, _): return .constant(.decimal, .decimal(value))
    case .string(let value, _): return .constant(.string, .string(value))
    case .bool(let value, _): return .constant(.bool, .bool(value))
    case .null: return .constant(.null, .null)
    case .date(let value, _): return .constant(.date, .date(value))
    case .list(let items, _): return try buildList(items, scope, source)
    case .duration(let count, let unit, let at):
      return try buildDuration(count, unit, at: at, scope, source)
    case .name(let name, let at): return try buildName(name, at: at, scope, source)
    case .member(let base, let name, let at):
      return try buildMember(base, name, at: at, scope, source)
    case .call(let name, let args, let at): return try buildCall(name, args, at: at, scope, source)
    case .method(let base, let name, let args, let at):
      return try buildMethod(base, name, args, at: at, scope, source)
    case .unary(let op, let operand, let at):
      return try buildUnary(op, operand, at: at, scope, source)
    case .binary(let op, let lhs, let rhs, let at):
      return try buildBinary(op, lhs, rhs, at: at, scope, source)
    case .conditional(let condition, let then, let otherwise, let at):
      return try buildConditional(condition, then, otherwise, at: at, scope, source)
    }
  }

  /// A list literal: items of one type; a list of constants is built once.
  private mutating func buildList(_ items: [Syntax], _ scope: Scope, _ source: ExpressionSource)
    throws -> Compiled
  {
    var element = ValueType.null
    var itemEvals: [Eval] = []
    var constants: [Value] = []
    for item in items {
      let compiled = try build(item, scope, source)
      guard let unified = element.unified(with: compiled.type) else {
        throw source.error(
          "list items must be of one type: \(described(element)) and \(described(compiled.type))",
          at: item.startOffset)
      }
      element = unified
      itemEvals.append(compiled.eval)
      if let value = compiled.constant { constants.append(value) }
    }
    if constants.count == items.count { return .constant(.list(element), .list(constants)) }
    let evals = itemEvals
    return Compiled(.list(element)) { frame in .list(evals.map { $0(&frame) }) }
  }

  /// `count unit`: a whole number of days, weeks, months, years or working days.
  private mutating func buildDuration(
    _ count: Syntax, _ unit: DurationUnit, at: Int, _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    let compiled = try build(count, scope, source)
    guard compiled.type == .int || compiled.type == .null else {
      throw source.error(
        "'\(unit.rawValue)' needs a whole number before it, not \(described(compiled.type))",
        at: at)
    }
    if case .int(let value)? = compiled.constant {
      return .constant(.duration, .duration(Duration(value, unit)))
    }
    let eval = compiled.eval
    return Compiled(.duration) { frame in
      guard case .int(let value) = eval(&frame) else { return .null }
      return .duration(Duration(value, unit))
    }
  }
}
