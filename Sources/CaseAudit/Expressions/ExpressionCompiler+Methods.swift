extension ExpressionCompiler {
  /// Text methods, each taking one text and testing it against the text it is called on.
  static let stringMethods: [String: @Sendable (String, String) -> Bool] = [
    "starts_with": { $0.hasPrefix($1) }, "ends_with": { $0.hasSuffix($1) },
    "contains": { $0.contains($1) },
  ]

  mutating func buildMethod(
    _ baseSyntax: Syntax, _ name: String, _ args: [Syntax], at: Int, _ scope: Scope,
    _ source: ExpressionSource
  ) throws -> Compiled {
    let base = try build(baseSyntax, scope, source)
    switch base.type {
    case .invalid:
      for arg in args.dropFirst() {
        _ = try? build(arg, scope.binding("_", slot: 0, type: .invalid), source)
      }
      return Compiled(.invalid) { _ in .null }
    case .string:
      guard let test = ExpressionCompiler.stringMethods[name] else {
        let hint = NearMiss.hint(for: name, among: Array(ExpressionCompiler.stringMethods.keys))
        throw source.error("unknown text method '\(name)'\(hint)", at: at)
      }
      guard args.count == 1 else {
        throw source.error("'\(name)' takes 1 argument (text), got \(args.count)", at: at)
      }
      let argument = try build(args[0], scope, source)
      try require(
        argument, .string, "the argument of '\(name)' must be text", at: args[0].startOffset, source
      )
      let (b, a) = (base.eval, argument.eval)
      return Compiled(.bool) { frame in
        guard case .string(let text) = b(&frame), case .string(let part) = a(&frame) else {
          return .null
        }
        return .bool(test(text, part))
      }
    case .list(let element):
      return try listMethod(base, element: element, name, args, at: at, scope, source)
    default:
      if ListMethodName(name) != nil {
        throw source.error(
          "'\(name)' is a list method, but this is \(described(base.type))", at: at)
      }
      throw source.error("\(described(base.type)) has no method '\(name)'", at: at)
    }
  }

  private mutating func listMethod(
    _ base: Compiled, element: ValueType, _ name: String, _ args: [Syntax], at: Int,
    _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    guard let method = ListMethodName(name) else {
      let hint = NearMiss.hint(for: name, among: ListMethodName.all)
      throw source.error("unknown list method '\(name)'\(hint)", at: at)
    }
    let list = base.eval
    if let lambda = method.lambda, args.count == 2 {
      guard case .name(let variable, _) = args[0] else {
        throw source.error(
          "the first argument of '\(name)' names each item, as in \(name)(x, ...)",
          at: args[0].startOffset)
      }
      let slot = newSlot()
      let body = try build(args[1], scope.binding(variable, slot: slot, type: element), source)
      return try lambdaMethod(
        lambda, list: list, element: element, slot: slot, body: body,
        bodyOffset: args[1].startOffset, source)
    }
    guard let plain = method.plain, args.count == plain.parameters.count else {
      throw source.error("'\(name)' takes \(method.arity), got \(args.count)", at: at)
    }
    return try plainListMethod(plain, list: list, element: element, args, scope, source)
  }

  private mutating func plainListMethod(
    _ method: PlainListMethod, list: @escaping Eval, element: ValueType, _ args: [Syntax],
    _ scope: Scope, _ source: ExpressionSource
  ) throws -> Compiled {
    switch method {
    case .count:
      return Compiled(.int) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        return .int(items.count)
      }
    case .isEmpty:
      return Compiled(.bool) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        return .bool(items.isEmpty)
      }
    case .first: return Compiled(element) { frame in list(&frame).items.first ?? .null }
    case .last: return Compiled(element) { frame in list(&frame).items.last ?? .null }
    case .pairs:
      return Compiled(.list(.pair(element))) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        guard items.count > 1 else { return .list([]) }
        return .list((1..<items.count).map { .pair(items[$0 - 1], items[$0]) })
      }
    case .nth:
      let k = try build(args[0], scope, source)
      try require(
        k, .int, "the argument of 'nth' must be a whole number", at: args[0].startOffset, source)
      let kEval = k.eval
      return Compiled(element) { frame in
        let items = list(&frame).items
        guard case .int(let k) = kEval(&frame), k >= 1, k <= items.count else { return .null }
        return items[k - 1]
      }
    case .previous, .next:
      let item = try build(args[0], scope, source)
      guard item.type.unified(with: element) != nil else {
        throw source.error(
          "the argument of '\(method.rawValue)' must be \(described(element)), but this is"
            + " \(described(item.type))", at: args[0].startOffset)
      }
      let itemEval = item.eval
      let step = method == .next ? 1 : -1
      return Compiled(element) { frame in
        let items = list(&frame).items
        let target = itemEval(&frame)
        guard let index = items.firstIndex(of: target) else { return .null }
        let neighbour = index + step
        return neighbour >= 0 && neighbour < items.count ? items[neighbour] : .null
      }
    }
  }
}
