extension ExpressionCompiler {
  mutating func buildCall(
    _ name: String, _ args: [Syntax], at: Int, _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    if name == ExpressionCompiler.ruleOutcomeName {
      return try buildRuleOutcome(args, at: at, scope, source)
    }
    if let function = functions[name] {
      return try callFunction(function, args, at: at, scope, source)
    }
    guard let builtin = BuiltinFunction.named[name] else {
      let names = Array(functions.keys) + Array(BuiltinFunction.named.keys)
      let hint = NearMiss.hint(for: name, among: names)
      throw source.error("unknown function '\(name)'\(hint)", at: at)
    }
    return try callBuiltin(builtin, args, at: at, scope, source)
  }

  /// A built-in: arguments counted and typed by its table entry, then its implementation.
  private mutating func callBuiltin(
    _ builtin: BuiltinFunction, _ args: [Syntax], at: Int, _ scope: Scope,
    _ source: ExpressionSource
  ) throws -> Compiled {
    let (name, parameters) = (builtin.name, builtin.parameters)
    guard args.count == parameters.count else {
      throw source.error(
        "'\(name)' takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s")"
          + " (\(parameters.map(\.name).joined(separator: ", "))), got \(args.count)", at: at)
    }
    var compiled: [Compiled] = []
    for arg in args { compiled.append(try build(arg, scope, source)) }
    for (index, parameter) in parameters.enumerated() {
      guard let type = parameter.type else { continue }
      guard [type, .null, .invalid].contains(compiled[index].type) else {
        throw source.error(
          "argument \(index + 1) of '\(name)' must be \(described(type)),"
            + " but this is \(described(compiled[index].type))", at: args[index].startOffset)
      }
    }
    let evals = compiled.map(\.eval)
    let constants = compiled.compactMap(\.constant)
    switch builtin.body(calendar) {
    case .one(let body):
      // `days(3)` is a constant, so a date plus it is checked when the pack loads.
      if constants.count == 1 { return .constant(builtin.result, body(constants[0])) }
      return Compiled(builtin.result) { frame in body(evals[0](&frame)) }
    case .two(let body):
      return Compiled(builtin.result) { frame in
        let (a, b) = (evals[0](&frame), evals[1](&frame))
        return body(a, b, &frame)
      }
    case .three(let body):
      return Compiled(builtin.result) { frame in
        body(evals[0](&frame), evals[1](&frame), evals[2](&frame))
      }
    }
  }

  /// Checks the bodies of functions no rule called, with parameters of any type, so a typo in
  /// a function is found before anyone uses it.
  public mutating func checkUncalledFunctions() {
    let called = Set(instances.keys.map(\.name))
    for function in functions.values.sorted(by: { $0.name < $1.name })
    where !called.contains(function.name) && !function.isRecursive {
      var scope = Scope()
      for parameter in function.parameters {
        scope = scope.binding(parameter, slot: newSlot(), type: .invalid)
      }
      callStack.append(function.name)
      _ = compile(function.body, in: scope, source: function.source)
      callStack.removeLast()
    }
  }

  /// Whether a function's results are worth keeping for the case: a body that walks or builds
  /// a list, or calls a pack function, costs more than the lookup; one that reads a few fields
  /// (`held(r)`) costs less than hashing its arguments, and is evaluated again instead.
  private func worthRemembering(_ function: FunctionDefinition, _ body: Compiled) -> Bool {
    if case .list = body.type { return true }
    var costly = false
    function.body.visit { node in
      switch node {
      case .method: costly = true
      case .call(let name, _, _) where functions[name] != nil: costly = true
      default: break
      }
    }
    return costly
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
    guard !callStack.contains(name), !function.isRecursive else {
      throw source.error("'\(name)' calls itself; functions may not be recursive", at: at)
    }
    var compiled: [Compiled] = []
    for arg in args { compiled.append(try build(arg, scope, source)) }
    let key = InstanceKey(name: name, argumentTypes: compiled.map(\.type))
    let instance: Instance
    if let known = instances[key] {
      instance = known
    } else {
      var bodyScope = Scope()
      var slots: [Int] = []
      for (parameter, argument) in zip(function.parameters, compiled) {
        let slot = newSlot()
        slots.append(slot)
        bodyScope = bodyScope.binding(parameter, slot: slot, type: argument.type)
      }
      callStack.append(name)
      let outer = (reads, deepest, typesRead)
      (reads, deepest, typesRead) = ([], depth, [])
      let body = self.compile(function.body, in: bodyScope, source: function.source)
      callStack.removeLast()
      instance = Instance(
        id: instances.count, reads: reads, types: typesRead, slots: slots, body: body,
        depth: deepest - depth)
      instances[key] = instance
      (reads, deepest, typesRead) = (outer.0, max(outer.1, deepest), outer.2)
    }
    reads.formUnion(instance.reads)
    typesRead.formUnion(instance.types)
    try checkCodes(arguments: compiled, args, slots: instance.slots, source)
    deepest = max(deepest, depth + instance.depth)
    guard depth + instance.depth <= ExpressionCompiler.maximumDepth else {
      throw source.error(ExpressionCompiler.tooDeep, at: at)
    }
    guard let body = instance.body else {
      let types = compiled.map { typeName($0.type) }.joined(separator: ", ")
      throw source.error(
        "function '\(name)' has errors when called with (\(types)); see its definition", at: at)
    }
    let evals = compiled.map(\.eval)
    let slots = instance.slots
    let bodyEval = body.eval
    let byRecords =
      (1...2).contains(compiled.count)
      && compiled.allSatisfy {
        if case .record = $0.type { true } else { false }
      }
    if byRecords, worthRemembering(function, body) {
      return Compiled(body.type) { [id = instance.id] frame in
        let first = evals[0](&frame)
        let second = evals.count > 1 ? evals[1](&frame) : .null
        guard case .record(let a) = first else {
          frame.slots[slots[0]] = first
          if slots.count > 1 { frame.slots[slots[1]] = second }
          return bodyEval(&frame)
        }
        var b: RecordRef?
        if case .record(let record) = second { b = record }
        let key = Frame.MemoKey(function: id, first: a, second: b)
        if let known = frame.memo[key], evals.count == 1 || b != nil { return known }
        frame.slots[slots[0]] = first
        if slots.count > 1 { frame.slots[slots[1]] = second }
        let outside = frame.workingDaysOutside
        frame.workingDaysOutside = nil
        let value = bodyEval(&frame)
        // A value unknown for want of calendar years is not kept, so every use can say why.
        if frame.workingDaysOutside == nil, evals.count == 1 || b != nil {
          frame.memo.set(value, for: key)
        }
        frame.workingDaysOutside = frame.workingDaysOutside ?? outside
        return value
      }
    }
    // Arguments are all evaluated before any parameter is set (an argument may call the same
    // function); one or two of them without an array, as reports call `open_on(p, d)` for every
    // period at every date.
    switch evals.count {
    case 1:
      let (first, slot) = (evals[0], slots[0])
      return Compiled(body.type) { frame in
        frame.slots[slot] = first(&frame)
        return bodyEval(&frame)
      }
    case 2:
      let (first, second) = (evals[0], evals[1])
      return Compiled(body.type) { frame in
        let (a, b) = (first(&frame), second(&frame))
        frame.slots[slots[0]] = a
        frame.slots[slots[1]] = b
        return bodyEval(&frame)
      }
    default: break
    }
    return Compiled(body.type) { frame in
      var values: [Value] = []
      values.reserveCapacity(evals.count)
      for eval in evals { values.append(eval(&frame)) }
      for (slot, value) in zip(slots, values) { frame.slots[slot] = value }
      return bodyEval(&frame)
    }
  }
}
