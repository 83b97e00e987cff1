import Foundation

/// Reads functions.yaml: `name(a, b): "expression"` entries, checked for recursion.
enum FunctionLoader {
  /// Loads the functions; malformed signatures, parse errors and recursion are diagnostics.
  static func load(_ root: YAMLNode?, file: SourceFile, diagnostics: inout [Diagnostic])
    -> [String: FunctionDefinition]
  {
    guard let root else { return [:] }
    guard let pairs = root.pairs else {
      diagnostics.append(
        file.error("functions.yaml must map 'name(params)' to expressions", at: root))
      return [:]
    }
    var functions: [String: FunctionDefinition] = [:]
    var keys: [String: YAMLNode] = [:]
    for (key, value) in pairs {
      guard let signature = parseSignature(key.scalar ?? "") else {
        diagnostics.append(
          file.error(
            "'\(key.scalar ?? "")' is not a function signature such as held_reviews(p)", at: key))
        continue
      }
      if functions[signature.name] != nil || BuiltinFunction.named[signature.name] != nil
        || signature.name == ExpressionCompiler.ruleOutcomeName
      {
        diagnostics.append(file.error("function '\(signature.name)' is already defined", at: key))
        continue
      }
      guard value.scalar != nil, !value.isNull else {
        diagnostics.append(
          file.error("the body of '\(signature.name)' must be an expression", at: value))
        continue
      }
      let source = ExpressionSource(node: value, file: file)
      switch ExpressionParser.parse(source.text) {
      case .failure(let error): diagnostics.append(source.diagnostic(error))
      case .success(let body):
        functions[signature.name] = FunctionDefinition(
          name: signature.name, parameters: signature.parameters, body: body, source: source)
        keys[signature.name] = key
      }
    }
    for name in functions.keys.sorted() {
      if let cycle = cycle(from: name, functions: functions), let key = keys[name] {
        functions[name]?.isRecursive = true
        diagnostics.append(
          file.error(
            "function '\(name)' is recursive (\(cycle.joined(separator: " -> "))); functions may"
              + " call others but not themselves", at: key))
      }
    }
    return functions
  }

  /// `name(a, b)` split into its name and parameter names.
  static func parseSignature(_ text: String) -> (name: String, parameters: [String])? {
    guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return nil }
    let name = String(text[..<open]).trimmingCharacters(in: .whitespaces)
    let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
    let parameters = inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let isName: (String) -> Bool = { word in
      guard let first = word.unicodeScalars.first, first == "_" || (first >= "a" && first <= "z")
      else { return false }
      return word.unicodeScalars.allSatisfy {
        $0 == "_" || ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9")
      }
    }
    guard isName(name), parameters.allSatisfy(isName), Set(parameters).count == parameters.count
    else { return nil }
    return (name, parameters)
  }

  /// A call path from `start` back to itself, if there is one.
  private static func cycle(from start: String, functions: [String: FunctionDefinition])
    -> [String]?
  {
    var visited: Set<String> = []
    func search(_ name: String, _ path: [String]) -> [String]? {
      for call in functions[name]?.body.calledFunctions ?? [] where functions[call.name] != nil {
        if call.name == start { return path + [call.name] }
        if visited.insert(call.name).inserted, let found = search(call.name, path + [call.name]) {
          return found
        }
      }
      return nil
    }
    return search(start, [start])
  }
}
