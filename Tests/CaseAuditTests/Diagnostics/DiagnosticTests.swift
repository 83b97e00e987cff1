import Testing

@testable import CaseAudit

@Suite struct DiagnosticTests {
  @Test func rendersLocationMessageLineAndCaret() {
    let file = SourceFile(
      path: "Rules/iro/rules/reviews.yaml", text: "- id: x\n  expect: r.held_date\n")
    let diagnostic = file.error("unknown field 'held_date' on 'review'", line: 2, column: 13)
    #expect(
      diagnostic.rendered() == """
        Rules/iro/rules/reviews.yaml:2:13: error: unknown field 'held_date' on 'review'
          expect: r.held_date
                    ^
        """)
  }

  @Test func caretKeepsTabsSoItLinesUp() {
    let file = SourceFile(path: "f.csv", text: "\ta,b\n")
    #expect(
      file.error("bad", line: 1, column: 3).rendered() == "f.csv:1:3: error: bad\n\ta,b\n\t ^")
  }

  /// A 38 KB line of nested brackets once filled the terminal after its message: a line of
  /// more than 200 characters is shown as the 200 around the column, each cut marked.
  @Test func longLinesAreShownAroundTheColumn() {
    let line = (0..<600).map { String($0 % 10) }.joined()
    let file = SourceFile(path: "f.yaml", text: line + "\n")
    let digits = { (from: Int, count: Int) in
      (from..<(from + count)).map { String($0 % 10) }.joined()
    }
    #expect(
      file.error("bad", line: 1, column: 301).rendered()
        == "f.yaml:1:301: error: bad\n\u{2026}\(digits(200, 200))\u{2026}\n"
        + String(repeating: " ", count: 101) + "^")
    #expect(
      file.error("bad", line: 1, column: 3).rendered()
        == "f.yaml:1:3: error: bad\n\(digits(0, 200))\u{2026}\n  ^")
    #expect(
      file.error("bad", line: 1, column: 601).rendered()
        == "f.yaml:1:601: error: bad\n\u{2026}\(digits(400, 200))\n"
        + String(repeating: " ", count: 201) + "^")
    let short = SourceFile(path: "f.yaml", text: digits(0, 200) + "\n")
    #expect(
      short.error("bad", line: 1, column: 200).rendered()
        == "f.yaml:1:200: error: bad\n\(digits(0, 200))\n"
        + String(repeating: " ", count: 199) + "^")
  }

  @Test func withoutLocationOnlyTheMessage() {
    #expect(Diagnostic.error("no pack").rendered() == "error: no pack")
  }

  @Test func crlfAndCrLinesAreSplit() {
    let file = SourceFile(path: "f", text: "one\r\ntwo\rthree\n")
    #expect(file.lines == ["one", "two", "three", ""])
  }

  @Test func sortedByFileLineAndColumn() {
    var list = DiagnosticList()
    list.append(.error("b", at: SourceLocation(file: "b.yaml", line: 1, column: 1)))
    list.append(.error("a2", at: SourceLocation(file: "a.yaml", line: 2, column: 1)))
    list.append(.error("a1", at: SourceLocation(file: "a.yaml", line: 1, column: 9)))
    list.append(.error("none"))
    #expect(list.sorted.map(\.message) == ["none", "a1", "a2", "b"])
    #expect(list.errorCount == 4)
  }

  @Test(
    arguments: [
      ("held_date", ["held_on", "period_id", "review_id"], "held_on"),
      ("perods", ["periods", "reviews"], "periods"),
      ("filtr", ["filter", "first", "flat_map"], "filter"),
      ("xyz", ["periods", "reviews"], nil),
    ] as [(String, [String], String?)])
  func nearMisses(name: String, candidates: [String], expected: String?) {
    #expect(NearMiss.suggestion(for: name, among: candidates) == expected)
  }
}
