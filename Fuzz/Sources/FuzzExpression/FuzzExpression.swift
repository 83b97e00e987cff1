import CaseAudit
import FuzzFixtures

/// The expression lexer, parser, type checker and compiler: the input is one expression,
/// compiled over the shipped pack's schema, calendar, parameters and functions as a rule's
/// `expect` would be.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: FuzzInput(data, size).bytes, as: UTF8.self)
  _ = Lexer(text).tokens()
  let node = YAMLNode(.scalar(text, .plain), line: 1, column: 1)
  let source = ExpressionSource(node: node, file: SourceFile(path: "expression", text: text))
  var compiler = Repository.pack.compiler()
  _ = compiler.compile(source, in: Scope(), expecting: .bool, role: "expect")
  _ = compiler.diagnostics.map { $0.rendered() }
  return 0
}
