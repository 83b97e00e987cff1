/// Splits a rule message into text and `{expression}` holes and compiles the holes.
enum MessageTemplateParser {
  /// Compiles a message; `{{` and `}}` stand for literal braces.
  static func compile(
    _ source: ExpressionSource, scope: Scope, compiler: inout ExpressionCompiler
  ) -> MessageTemplate? {
    let scalars = Array(source.text.unicodeScalars)
    var parts: [MessageTemplate.Part] = []
    var text = String.UnicodeScalarView()
    var index = 0
    var failed = false
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "{" || scalar == "}", index + 1 < scalars.count, scalars[index + 1] == scalar {
        text.append(scalar)
        index += 2
        continue
      }
      guard scalar == "{" else {
        if scalar == "}" {
          compiler.report(
            source.error("'}' without a matching '{'; write '}}' for a brace", at: index))
          failed = true
        }
        text.append(scalar)
        index += 1
        continue
      }
      guard let close = scalars[(index + 1)...].firstIndex(of: "}") else {
        compiler.report(
          source.error("'{' without a closing '}'; write '{{' for a brace", at: index))
        return nil
      }
      if !text.isEmpty { parts.append(.text(String(text))) }
      text = String.UnicodeScalarView()
      let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
      let innerSource = ExpressionSource(text: inner, within: source, offset: index + 1)
      if let compiled = compiler.compile(innerSource, in: scope) {
        parts.append(.value(compiled))
      } else {
        failed = true
      }
      index = close + 1
    }
    if !text.isEmpty { parts.append(.text(String(text))) }
    return failed ? nil : MessageTemplate(parts: parts)
  }
}
