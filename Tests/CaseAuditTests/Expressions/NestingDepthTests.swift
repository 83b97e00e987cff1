import Foundation
import Testing

@testable import CaseAudit

/// A diagnostic's source line and caret at `column`: a line of more than 200 characters is
/// shown as the 200 around the column (100 before it), each cut marked with an ellipsis.
private func marked(_ line: String, column: Int) -> String {
  let characters = Array(line)
  let at = column - 1
  let caret = { (offset: Int) in String(repeating: " ", count: offset) + "^" }
  if characters.count <= 200 { return line + "\n" + caret(at) }
  if at < 100 { return String(characters[..<200]) + "\u{2026}\n" + caret(at) }
  if at >= characters.count - 100 {
    return "\u{2026}" + String(characters.suffix(200)) + "\n"
      + caret(1 + at - (characters.count - 200))
  }
  return "\u{2026}" + String(characters[(at - 100)..<(at + 100)]) + "\u{2026}\n" + caret(101)
}

/// The error a rule's `expect:` on line 3 gets for an expression too deep at `offset`.
private func tooDeep(_ expression: String, offset: Int, file: String = "pack/rules/main.yaml")
  -> String
{
  let column = 11 + offset
  return """
    \(file):3:\(column): error: expression nested too deeply (more than 256 levels of operators, \
    brackets and calls)
    \(marked("  expect: \(expression)", column: column))
    """
}

/// `count` terms joined by `separator`: `1+1+1`.
private func chain(_ term: String, _ separator: String, count: Int) -> String {
  Array(repeating: term, count: count).joined(separator: separator)
}

/// What a thread computed, handed back to the test once the thread signals.
private final class Outcome: @unchecked Sendable {
  var result: Result<Value, Error>?
}

/// Runs `body` on a thread with a 512 KiB stack, as small as a macOS worker thread's.
private func onSmallStack(_ body: @escaping @Sendable () throws -> Value) throws -> Value {
  let outcome = Outcome()
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    outcome.result = Result { try body() }
    done.signal()
  }
  thread.stackSize = 512 * 1024
  thread.start()
  done.wait()
  return try outcome.result!.get()
}

/// Expressions deep enough to exhaust a stack are errors at the token that goes too deep; long
/// but reasonable ones still work, on small stacks too.
@Suite struct NestingDepthTests {
  @Test func aLongChainOfAdditionsIsAnErrorAtTheOperatorTooDeep() {
    let expression = chain("1", "+", count: 4_000) + " > 0"
    // The 256th '+' makes the tree 257 levels deep: at offset 2 * 256 - 1.
    #expect(Fixture.check(expression) == tooDeep(expression, offset: 511))
  }

  @Test func deeplyNestedParenthesesAreAnErrorAtTheBracketTooDeep() {
    let expression =
      String(repeating: "(", count: 8_000) + "true" + String(repeating: ")", count: 8_000)
    // The whole expression is level 1; the 256th '(' opens level 257.
    #expect(Fixture.check(expression) == tooDeep(expression, offset: 256))
  }

  @Test func aLongChainOfAndsIsAnErrorAtTheAndTooDeep() {
    let expression = chain("true", " and ", count: 4_000)
    // Each term adds 9 characters; the 256th 'and' starts at 9 * 256 - 4.
    #expect(Fixture.check(expression) == tooDeep(expression, offset: 2_300))
  }

  @Test func manyNotsAreAnErrorWhereTheyGoTooDeep() {
    let expression = String(repeating: "not ", count: 4_000) + "true"
    #expect(Fixture.check(expression) == tooDeep(expression, offset: 4 * 256))
  }

  @Test func deepListsAndCallsAreErrorsToo() {
    let list = String(repeating: "[", count: 300) + "1" + String(repeating: "]", count: 300)
    let expression = "null == " + list
    #expect(Fixture.check(expression) == tooDeep(expression, offset: 8 + 256))
    let calls = String(repeating: "has(", count: 300) + "1" + String(repeating: ")", count: 300)
    #expect(Fixture.check(calls) == tooDeep(calls, offset: 4 * 256))
  }

  @Test func inForEachAndLetTheErrorIsAtItsPosition() {
    let deep = chain("1", "+", count: 4_000)
    let forEachLine = "  for_each: reviews.filter(x, \(deep) > 0) as r"
    let letLine = "    n: \(deep)"
    let rules = """
      - id: probe
        title: Probe
      \(forEachLine)
        let:
      \(letLine)
        expect: r.held_on != null
      """
    let error =
      "error: expression nested too deeply (more than 256 levels of operators, brackets"
      + " and calls)"
    // for_each's chain starts at column 31 and the let's at column 8.
    let expected = """
      pack/rules/main.yaml:3:\(31 + 511): \(error)
      \(marked(forEachLine, column: 31 + 511))
      pack/rules/main.yaml:5:\(8 + 511): \(error)
      \(marked(letLine, column: 8 + 511))
      """
    #expect(Fixture.diagnostics(Fixture.load(rules: rules)) == expected)
  }

  @Test func aChainOf200TermsStillWorks() throws {
    let sum = chain("1", " + ", count: 200)
    #expect(try Fixture.evaluate("\(sum) == 200") == .bool(true))
    let all = chain("dob != null", " and ", count: 200)
    #expect(Fixture.load(rules: Fixture.rule(expect: all)).pack != nil)
  }

  @Test func theDeepestLegalExpressionEvaluatesOnASmallStack() throws {
    // 254 additions and the comparison make a tree of 256 levels: the most the parser accepts.
    let sum = "(" + chain("1", " + ", count: 255) + ") == 255"
    let compiled = try compiled(sum)
    let value = try onSmallStack { compiled() }
    #expect(value == .bool(true))
  }

  @Test func theDeepestLegalChainOfFunctionsEvaluatesOnASmallStack() throws {
    // Two bodies of 250 levels each, called from a comparison: 505 of the 512 levels allowed.
    let ones = String(repeating: " + 1", count: 249)
    let functions = "f1(x): \"x\(ones)\"\nf2(x): \"f1(x)\(ones)\""
    let compiled = try compiled("f2(1) == 499", functions: functions)
    let value = try onSmallStack { compiled() }
    #expect(value == .bool(true))
  }

  @Test func functionsCallingFunctionsMayNotNestTooDeeply() {
    // Each body is 201 levels deep; three in a row pass the 512 levels a rule may reach.
    let ones = String(repeating: " + 1", count: 200)
    let lines = ["f1(x): \"x\(ones)\"", "f2(x): \"f1(x)\(ones)\"", "f3(x): \"f2(x)\(ones)\""]
    let result = Fixture.load(
      rules: Fixture.rule(expect: "f3(1) > 0"), functions: lines.joined(separator: "\n"))
    let error =
      "error: expression nested too deeply (more than 512 levels, counting the bodies of the"
      + " functions called)"
    func at(_ file: String, _ line: Int, _ column: Int, _ text: String) -> String {
      "pack/\(file):\(line):\(column): \(error)\n" + marked(text, column: column)
    }
    // The rule's '>' is level 1 and the call of f3 level 2; f3's body fills levels 3 to 202, f2's
    // 204 to 403 and f1's from 405: level 513 is f1's 92nd '+' (from the top, the 109th).
    // Each caller is then too deep at its call.
    let expected = [
      at("functions.yaml", 1, 9 + 2 + 4 * 91, lines[0]), at("functions.yaml", 2, 9, lines[1]),
      at("functions.yaml", 3, 9, lines[2]), at("rules/main.yaml", 3, 11, "  expect: f3(1) > 0"),
    ]
    #expect(Fixture.diagnostics(result) == expected.joined(separator: "\n"))
    #expect(result.pack == nil)
  }

  @Test func inAPlansPopulationAndStrataTheErrorIsAtItsPosition() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-depth-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("plan.yaml").path
    let population = "population: " + chain("true", " and ", count: 4_000)
    let strata =
      "  strata: " + String(repeating: "(", count: 8_000) + "'a'"
      + String(repeating: ")", count: 8_000)
    let plan = """
      plan: deep
      title: Deep
      rules: \(Fixture.repositoryRoot)/Rules/iro
      \(population)
      sample:
        size: 10
      \(strata)
      """
    try plan.write(toFile: path, atomically: true, encoding: .utf8)
    let (loaded, diagnostics) = PlanLoader().load(path: path)
    #expect(loaded == nil)
    let message =
      "error: expression nested too deeply (more than 256 levels of operators, brackets and calls)"
    // The population starts at column 13, its 256th 'and' 2,300 further; strata at column 11.
    let expected = """
      \(path):4:\(13 + 2_300): \(message)
      \(marked(population, column: 13 + 2_300))
      \(path):7:\(11 + 256): \(message)
      \(marked(strata, column: 11 + 256))
      """
    #expect(diagnostics.map { $0.rendered() }.joined(separator: "\n") == expected)
  }

  /// Compiles an expression over the fixture schema, ready to evaluate for an empty case.
  private func compiled(_ expression: String, functions: String = "") throws
    -> @Sendable () -> Value
  {
    let schema = try Fixture.loadedSchema()
    let functionsFile = SourceFile(path: "functions.yaml", text: functions)
    var problems: [Diagnostic] = []
    let definitions = FunctionLoader.load(
      try YAMLReader().read(functionsFile).get(), file: functionsFile, diagnostics: &problems)
    guard problems.isEmpty else { throw DiagnosticFailure(problems) }
    var compiler = ExpressionCompiler(
      schema: schema, calendar: .weekendsOnly, parameters: [:],
      functions: definitions)
    let node = YAMLNode(.scalar(expression, .plain), line: 1, column: 1)
    let source = ExpressionSource(node: node, file: SourceFile(path: "expr", text: expression))
    guard let compiled = compiler.compile(source, in: Scope()) else {
      throw DiagnosticFailure(compiler.diagnostics)
    }
    let data = DatasetBuilder(schema: schema).build().0
    let slots = compiler.slotCount
    return {
      var frame = Frame(
        data: data, caseRecord: RecordRef(type: schema.caseType, row: 0), params: [],
        asAt: .null, period: .range(nil, nil), slotCount: slots)
      return compiled.eval(&frame)
    }
  }
}
