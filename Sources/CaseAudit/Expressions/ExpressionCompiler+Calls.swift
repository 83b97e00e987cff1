extension ExpressionCompiler {
  /// Built-in functions and their parameter names, for arity messages.
  static let builtinArity: [String: [String]] = [
    "days_between": ["a", "b"], "working_days_between": ["a", "b"], "age_on": ["dob", "d"],
    "month": ["d"], "year": ["d"], "financial_year": ["d"], "lower": ["s"], "has": ["x"],
    "days": ["n"], "working_days": ["n"], "weeks": ["n"], "months": ["n"], "years": ["n"],
  ]

  mutating func buildCall(
    _ name: String, _ args: [Syntax], at: Int, _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    if let function = functions[name] {
      return try callFunction(function, args, at: at, scope, source)
    }
    guard let parameters = ExpressionCompiler.builtinArity[name] else {
      let names = Array(functions.keys) + Array(ExpressionCompiler.builtinArity.keys)
      let hint = NearMiss.hint(for: name, among: names)
      throw source.error("unknown function '\(name)'\(hint)", at: at)
    }
    guard args.count == parameters.count else {
      throw source.error(
        "'\(name)' takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s")"
          + " (\(parameters.joined(separator: ", "))), got \(args.count)", at: at)
    }
    var compiled: [Compiled] = []
    for arg in args { compiled.append(try build(arg, scope, source)) }
    let evals = compiled.map(\.eval)
    func expect(_ index: Int, _ type: ValueType) throws {
      guard [type, .null, .invalid].contains(compiled[index].type) else {
        throw source.error(
          "argument \(index + 1) of '\(name)' must be \(described(type)),"
            + " but this is \(described(compiled[index].type))", at: args[index].startOffset)
      }
    }
    let calendar = self.calendar
    if let unit = DurationUnit(rawValue: name) {
      try expect(0, .int)
      return Compiled(.duration) { frame in
        guard case .int(let count) = evals[0](&frame) else { return .null }
        return .duration(Duration(count, unit))
      }
    }
    switch name {
    case "has":
      return Compiled(.bool) { frame in .bool(!evals[0](&frame).isNull) }
    case "lower":
      try expect(0, .string)
      return Compiled(.string) { frame in
        guard case .string(let text) = evals[0](&frame) else { return .null }
        return .string(text.lowercased())
      }
    case "month", "year", "financial_year":
      try expect(0, .date)
      let resultType: ValueType = name == "year" ? .int : .string
      return Compiled(resultType) { frame in
        guard case .date(let day) = evals[0](&frame) else { return .null }
        switch name {
        case "month": return .string(day.monthText)
        case "year": return .int(day.components.year)
        default: return .string(day.financialYear)
        }
      }
    default:
      try expect(0, .date)
      try expect(1, .date)
      return Compiled(.int) { frame in
        guard case .date(let a) = evals[0](&frame), case .date(let b) = evals[1](&frame) else {
          return .null
        }
        switch name {
        case "days_between": return .int(b.number - a.number)
        case "working_days_between": return .int(calendar.workingDaysBetween(a, b))
        default: return .int(b.age(bornOn: a))
        }
      }
    }
  }

  /// A pack function, compiled once per combination of argument types.
  private mutating func callFunction(
    _ function: FunctionDefinition, _ args: [Syntax], at: Int, _ scope: Scope,
    _ source: ExpressionSource
  ) throws -> Compiled {
    let name = function.name
    guard args.count == function.parameters.count else {
      let count = function.parameters.count
      throw source.error(
        "'\(name)' takes \(count) argument\(count == 1 ? "" : "s")"
          + " (\(function.parameters.joined(separator: ", "))), got \(args.count)", at: at)
    }
    guard !callStack.contains(name) else {
      throw source.error("'\(name)' calls itself; functions may not be recursive", at: at)
    }
    var compiled: [Compiled] = []
    for arg in args { compiled.append(try build(arg, scope, source)) }
    let key = InstanceKey(name: name, argumentTypes: compiled.map(\.type))
    if instances[key] == nil {
      var bodyScope = Scope()
      var slots: [Int] = []
      for (parameter, argument) in zip(function.parameters, compiled) {
        let slot = newSlot()
        slots.append(slot)
        bodyScope = bodyScope.binding(parameter, slot: slot, type: argument.type)
      }
      callStack.append(name)
      let body = self.compile(function.body, in: bodyScope, source: function.source)
      callStack.removeLast()
      instances[key] = Instance(slots: slots, body: body)
    }
    guard let instance = instances[key], let body = instance.body else {
      let types = compiled.map { typeName($0.type) }.joined(separator: ", ")
      throw source.error(
        "function '\(name)' has errors when called with (\(types)); see its definition", at: at)
    }
    let evals = compiled.map(\.eval)
    let slots = instance.slots
    let bodyEval = body.eval
    return Compiled(body.type) { frame in
      var values: [Value] = []
      values.reserveCapacity(evals.count)
      for eval in evals { values.append(eval(&frame)) }
      for (slot, value) in zip(slots, values) { frame.slots[slot] = value }
      return bodyEval(&frame)
    }
  }
}
