extension ExpressionCompiler {
  /// List methods: whether each takes a lambda `(x, expr)`, and its other parameters.
  static let listMethods: [String: (lambda: Bool, parameters: [String])] = [
    "count": (false, []), "exists": (true, ["x", "condition"]), "all": (true, ["x", "condition"]),
    "none": (true, ["x", "condition"]), "filter": (true, ["x", "condition"]),
    "first": (false, []), "last": (false, []), "nth": (false, ["k"]),
    "sort_by": (true, ["x", "key"]), "min": (true, ["x", "key"]), "max": (true, ["x", "key"]),
    "is_empty": (false, []), "map": (true, ["x", "value"]), "flat_map": (true, ["x", "list"]),
    "previous": (false, ["item"]), "next": (false, ["item"]), "pairs": (false, []),
  ]

  /// String methods, each taking one string.
  static let stringMethods: Set<String> = ["starts_with", "ends_with", "contains"]

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
      guard ExpressionCompiler.stringMethods.contains(name) else {
        let hint = NearMiss.hint(for: name, among: Array(ExpressionCompiler.stringMethods))
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
      let test: @Sendable (String, String) -> Bool
      switch name {
      case "starts_with": test = { $0.hasPrefix($1) }
      case "ends_with": test = { $0.hasSuffix($1) }
      default: test = { $0.contains($1) }
      }
      return Compiled(.bool) { frame in
        guard case .string(let text) = b(&frame), case .string(let part) = a(&frame) else {
          return .null
        }
        return .bool(test(text, part))
      }
    case .list(let element):
      return try listMethod(base, element: element, name, args, at: at, scope, source)
    default:
      if ExpressionCompiler.listMethods[name] != nil {
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
    guard let signature = ExpressionCompiler.listMethods[name] else {
      let hint = NearMiss.hint(for: name, among: Array(ExpressionCompiler.listMethods.keys))
      throw source.error("unknown list method '\(name)'\(hint)", at: at)
    }
    var accepted = [signature.parameters.count]
    if name == "count" { accepted.append(2) }
    guard accepted.contains(args.count) else {
      let parameters = signature.parameters
      throw source.error(
        "'\(name)' takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s")"
          + (parameters.isEmpty ? "" : " (\(parameters.joined(separator: ", ")))")
          + (name == "count" ? " or 2 (x, condition)" : "") + ", got \(args.count)", at: at)
    }
    let list = base.eval
    if signature.lambda || args.count == 2 {
      guard case .name(let variable, _) = args[0] else {
        throw source.error(
          "the first argument of '\(name)' names each item, as in \(name)(x, ...)",
          at: args[0].startOffset)
      }
      let slot = newSlot()
      let body = try build(args[1], scope.binding(variable, slot: slot, type: element), source)
      return try lambdaMethod(
        name, list: list, element: element, slot: slot, body: body,
        bodyOffset: args[1].startOffset, source)
    }
    return try plainListMethod(name, list: list, element: element, args, scope, source)
  }

  private mutating func plainListMethod(
    _ name: String, list: @escaping Eval, element: ValueType, _ args: [Syntax], _ scope: Scope,
    _ source: ExpressionSource
  ) throws -> Compiled {
    switch name {
    case "count":
      return Compiled(.int) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        return .int(items.count)
      }
    case "is_empty":
      return Compiled(.bool) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        return .bool(items.isEmpty)
      }
    case "first": return Compiled(element) { frame in list(&frame).items.first ?? .null }
    case "last": return Compiled(element) { frame in list(&frame).items.last ?? .null }
    case "pairs":
      return Compiled(.list(.pair(element))) { frame in
        guard case .list(let items) = list(&frame) else { return .null }
        guard items.count > 1 else { return .list([]) }
        return .list((1..<items.count).map { .pair(items[$0 - 1], items[$0]) })
      }
    case "nth":
      let k = try build(args[0], scope, source)
      try require(
        k, .int, "the argument of 'nth' must be a whole number", at: args[0].startOffset, source)
      let kEval = k.eval
      return Compiled(element) { frame in
        let items = list(&frame).items
        guard case .int(let k) = kEval(&frame), k >= 1, k <= items.count else { return .null }
        return items[k - 1]
      }
    default:
      let item = try build(args[0], scope, source)
      guard item.type.unified(with: element) != nil else {
        throw source.error(
          "the argument of '\(name)' must be \(described(element)), but this is"
            + " \(described(item.type))", at: args[0].startOffset)
      }
      let itemEval = item.eval
      let step = name == "next" ? 1 : -1
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
