import Testing

@testable import CaseAudit

@Suite struct YAMLReaderTests {
  /// Nine levels of nine aliases: 387 bytes that expand to 9^9 (387 million) nodes.
  static let billionLaughs = """
    a: &a [x,x,x,x,x,x,x,x,x]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

    """

  @Test func aliasBombIsRefusedQuickly() {
    #expect(YAMLReaderTests.billionLaughs.utf8.count < 500)
    // The node budget bounds the work; timing it here would only make the suite flaky.
    let result = Fixture.load(rules: YAMLReaderTests.billionLaughs)
    #expect(
      Fixture.diagnostics(result) == """
        pack/rules/main.yaml:1:12: error: the document holds more than 200000 values, each use of \
        an alias ('*name') counted again; split it into smaller files, or nest aliases less deeply
        a: &a [x,x,x,x,x,x,x,x,x]
                   ^
        """)
  }

  @Test func smallAliasesStillWork() throws {
    let file = SourceFile(path: "f.yaml", text: "base: &b {x: 1}\ncopy: *b\n")
    let root = try #require(try YAMLReader().read(file).get())
    #expect(root.pairs?[1].value.pairs?.first?.value.scalar == "1")
  }

  @Test func scalarsKeepTheirTextAndStyle() throws {
    let file = SourceFile(path: "f.yaml", text: "a: on\nb: 'no'\nc: 010\nd: ~\ne:\nf: |\n  x\n")
    let pairs = try #require(try YAMLReader().read(file).get()?.pairs)
    #expect(pairs.map { $0.value.scalar } == ["on", "no", "010", "~", "", "x\n"])
    #expect(pairs.map(\.value.isNull) == [false, false, false, true, true, false])
    #expect(pairs[1].value.scalarStyle == .singleQuoted)
    #expect(pairs[5].value.scalarStyle == .literal)
  }

  @Test func emptyDocumentIsNil() throws {
    #expect(try YAMLReader().read(SourceFile(path: "f", text: "# nothing\n")).get() == nil)
  }

  /// A NUL byte was reported at 1:1 and echoed raw to the terminal; libyaml's nesting limit
  /// named its C function.
  @Test(arguments: [
    (
      "pack: iro\r\n# e\u{301}\u{E9}\r\ntitle: x\u{0}y\n",
      """
      f.yaml:3:9: error: invalid YAML: control characters are not allowed
      title: x\u{FFFD}y
              ^
      """
    ),
    (
      "a: " + String(repeating: "[", count: 1_200) + "\n",
      """
      f.yaml:1:5: error: invalid YAML: lists and mappings nested too deeply (more than 1000 \
      levels) (while parsing at line 1)
      a: \(String(repeating: "[", count: 197))\u{2026}
          ^
      """
    ),
  ])
  func unreadableYAMLIsReportedWhereItIs(text: String, expected: String) {
    let file = SourceFile(path: "f.yaml", text: text)
    guard case .failure(let failure) = YAMLReader().read(file) else {
      Issue.record("expected a failure")
      return
    }
    #expect(failure.diagnostics.map { $0.rendered() } == [expected])
  }

  @Test func syntaxErrorsHaveAPosition() {
    let file = SourceFile(path: "f.yaml", text: "a: [1, 2\nb: 3\n")
    guard case .failure(let failure) = YAMLReader().read(file) else {
      Issue.record("expected a failure")
      return
    }
    #expect(
      failure.diagnostics.map { $0.rendered() } == [
        """
        f.yaml:2:2: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow \
        sequence at line 1)
        b: 3
         ^
        """
      ])
  }

  /// YAML 1.1 would read these as booleans, octal numbers or null; a schema says they are text.
  @Test(arguments: [
    ("name: on", "name == 'on'"), ("name: no", "name == 'no'"), ("name: 010", "name == '010'"),
    ("name: 'null'", "name == 'null'"), ("name: 1e3", "name == '1e3'"),
    ("name: 2021-01-01", "name == '2021-01-01'"),
  ])
  func yaml11TrapsReadAsTheTextWritten(field: String, test: String) throws {
    #expect(try Fixture.evaluate(test, case: "child: {\(field)}") == .bool(true))
  }

  @Test func codesLikePN0AreCodes() throws {
    let caseYAML = "reviews: [{review_id: R1, participation: PN0}]"
    #expect(
      try Fixture.evaluate("reviews.first().participation == 'PN0'", case: caseYAML) == .bool(true))
  }
}
