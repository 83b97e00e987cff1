import Foundation

/// A `for_each: LIST as NAME` clause, shared by rules and tallies: the list must hold records,
/// and NAME is bound to each in turn.
enum ForEachClause {
  /// Compiles the clause and binds its name in `scope`; nil (with diagnostics) when invalid.
  static func compile(
    _ node: YAMLNode, file: SourceFile, scope: inout Scope, compiler: inout ExpressionCompiler,
    diagnostics: inout [Diagnostic]
  ) -> Rule.ForEach? {
    let clause = parse(
      node, file: file, scope: &scope, compiler: &compiler, diagnostics: &diagnostics)
    if clause == nil, let name = variableName(node.scalar ?? "") {
      // Bind the name anyway, so one mistake is not reported again at every use.
      scope = scope.binding(name, slot: compiler.newSlot(), type: .invalid)
    }
    return clause
  }

  private static func parse(
    _ node: YAMLNode, file: SourceFile, scope: inout Scope, compiler: inout ExpressionCompiler,
    diagnostics: inout [Diagnostic]
  ) -> Rule.ForEach? {
    let source = ExpressionSource(node: node, file: file)
    let scalars = Array(source.text.unicodeScalars)
    let marker = Array(" as ".unicodeScalars)
    var split: Int?
    if scalars.count > marker.count {
      for index in stride(from: scalars.count - marker.count, through: 0, by: -1)
      where Array(scalars[index..<index + marker.count]) == marker {
        split = index
        break
      }
    }
    guard let split else {
      diagnostics.append(
        source.error("for_each must end with 'as NAME', as in 'reviews as r'", at: scalars.count))
      return nil
    }
    let name = String(String.UnicodeScalarView(scalars[(split + marker.count)...]))
      .trimmingCharacters(in: .whitespaces)
    guard RuleLoader.isSnakeCase(name) else {
      diagnostics.append(
        source.error("'\(name)' is not a name for each item", at: split + marker.count))
      return nil
    }
    let listText = String(String.UnicodeScalarView(scalars[..<split]))
    let listSource = ExpressionSource(text: listText, within: source, offset: 0)
    guard let list = compiler.compile(listSource, in: scope) else { return nil }
    guard case .list(.record) = list.type else {
      diagnostics.append(
        source.error(
          "for_each needs a list of records, but this is \(compiler.described(list.type))", at: 0))
      return nil
    }
    guard case .list(let element) = list.type else { return nil }
    let slot = compiler.newSlot()
    scope = scope.binding(name, slot: slot, type: element)
    return Rule.ForEach(variable: name, slot: slot, list: list)
  }

  /// The variable name after the last ` as ` of a for_each, if it has one.
  static func variableName(_ text: String) -> String? {
    guard let range = text.range(of: " as ", options: .backwards) else { return nil }
    let name = text[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    return RuleLoader.isSnakeCase(name) ? name : nil
  }

}
