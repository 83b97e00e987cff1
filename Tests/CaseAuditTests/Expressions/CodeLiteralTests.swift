import Testing

@testable import CaseAudit

/// The shipped pack with one text replaced in one of its files.
private struct EditedPack: PackSource {
  let base = DirectoryPackSource(path: Fixture.repositoryRoot + "/Rules/iro")
  var file: String
  var old: String
  var new: String

  var displayPath: String { "Rules/iro" }

  func read(_ relativePath: String) throws -> String? {
    let text = try base.read(relativePath)
    guard relativePath == file, let text else { return text }
    return text.replacingOccurrences(of: old, with: new)
  }

  func yamlFiles(in folder: String) -> [String] { base.yamlFiles(in: folder) }
}

/// A function comparing its parameter with a code field, one passing it on, and one looking a
/// code field up in a list parameter.
private let functions = """
  held(r): "r.held_on != null"
  level_is(r, level): "r.participation == level"
  took_part(r, level): "level_is(r, level)"
  level_in(r, levels): "r.participation in levels"
  """

/// Text compared with a `code(...)` field must be one of its codes, at the text's position.
@Suite struct CodeLiteralTests {
  @Test(arguments: [
    (
      "reviews.first().participation == 'pn1'",
      """
      pack/rules/main.yaml:3:44: error: 'pn1' is not a code of review.participation; did you \
      mean 'PN1'?
        expect: reviews.first().participation == 'pn1'
                                                 ^
      """
    ),
    (
      "reviews.exists(r, 'XX' != r.participation)",
      """
      pack/rules/main.yaml:3:29: error: 'XX' is not a code of review.participation; expected one \
      of 'PN0', 'PN1', 'PN7'
        expect: reviews.exists(r, 'XX' != r.participation)
                                  ^
      """
    ),
    (
      "reviews.exists(r, r.participation not in ['PN1', 'PN 1'])",
      """
      pack/rules/main.yaml:3:60: error: 'PN 1' is not a code of review.participation; did you \
      mean 'PN1'?
        expect: reviews.exists(r, r.participation not in ['PN1', 'PN 1'])
                                                                 ^
      """
    ),
    (
      "took_part(reviews.first(), 'pn7')",
      """
      pack/rules/main.yaml:3:38: error: 'pn7' is not a code of review.participation; did you \
      mean 'PN7'?
        expect: took_part(reviews.first(), 'pn7')
                                           ^
      """
    ),
    (
      "level_in(reviews.first(), ['PN0', 'XX'])",
      """
      pack/rules/main.yaml:3:45: error: 'XX' is not a code of review.participation; expected one \
      of 'PN0', 'PN1', 'PN7'
        expect: level_in(reviews.first(), ['PN0', 'XX'])
                                                  ^
      """
    ),
    (
      "reviews.exists(r, r.participation == (reviews.first().participation ?? 'PN9'))",
      """
      pack/rules/main.yaml:3:82: error: 'PN9' is not a code of review.participation; did you \
      mean 'PN0'?
        expect: reviews.exists(r, r.participation == (reviews.first().participation ?? 'PN9'))
                                                                                       ^
      """
    ),
    (
      "reviews.exists(r, r.participation in reviews.map(x, 'PN 7'))",
      """
      pack/rules/main.yaml:3:63: error: 'PN 7' is not a code of review.participation; did you \
      mean 'PN7'?
        expect: reviews.exists(r, r.participation in reviews.map(x, 'PN 7'))
                                                                    ^
      """
    ),
  ])
  func misspeltCode(expression: String, expected: String) {
    let result = Fixture.load(rules: Fixture.rule(expect: expression), functions: functions)
    #expect(Fixture.diagnostics(result) == expected)
  }

  @Test func aLetHoldingACodeFieldIsCheckedToo() {
    let rules = """
      - id: probe
        title: Probe
        let:
          level: reviews.first().participation
        expect: level != 'pn0'
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:5:20: error: 'pn0' is not a code of review.participation; did you \
        mean 'PN0'?
          expect: level != 'pn0'
                           ^
        """)
  }

  @Test func aCodeReachedThroughAConditionalIsChecked() {
    let rules = """
      - id: probe
        title: Probe
        expect: "reviews.exists(r, r.participation == (r.cancelled ? 'PN0' : 'PN8'))"
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:3:72: error: 'PN8' is not a code of review.participation; did you \
        mean 'PN0'?
          expect: "reviews.exists(r, r.participation == (r.cancelled ? 'PN0' : 'PN8'))"
                                                                               ^
        """)
  }

  @Test func codesThatExistAndOtherTextsAreAccepted() {
    let expression =
      "reviews.exists(r, r.participation in ['PN0', 'PN7'] and took_part(r, 'PN1')"
      + " and level_in(r, ['PN1']) and r.review_id != 'PN9' and r.participation != null)"
    let result = Fixture.load(rules: Fixture.rule(expect: expression), functions: functions)
    #expect(result.diagnostics.filter { $0.severity == .error }.map { $0.rendered() } == [])
    #expect(result.pack != nil)
  }

  @Test func aMisspeltCodeInTheShippedPackIsAnError() throws {
    let edited = EditedPack(
      file: "rules/footprint.yaml", old: "'iro_monitoring'", new: "'iro_monitorng'")
    let result = PackLoader().load(edited)
    // Found in the edited file, so the test survives a policy owner editing footprint.yaml.
    let lines = try #require(try edited.read("rules/footprint.yaml"))
      .split(separator: "\n", omittingEmptySubsequences: false)
    let index = try #require(lines.firstIndex { $0.contains("'iro_monitorng'") })
    let column = lines[index].distance(
      from: lines[index].startIndex, to: lines[index].range(of: "'iro_monitorng'")!.lowerBound)
    #expect(
      Fixture.diagnostics(result) == """
        Rules/iro/rules/footprint.yaml:\(index + 1):\(column + 1): error: 'iro_monitorng' is \
        not a code of note.type; did you mean 'iro_monitoring'?
        \(lines[index])
        \(String(repeating: " ", count: column))^
        """)
    #expect(result.pack == nil)
  }

  @Test func aMisspeltRoleGivenToAPackFunctionIsAnError() {
    let edited = EditedPack(
      file: "pack.yaml", old: "allocated_professional('iro'", new: "allocated_professional('ir'")
    #expect(
      Fixture.diagnostics(PackLoader().load(edited)) == """
        Rules/iro/pack.yaml:24:32: error: 'ir' is not a code of allocation.role; did you mean \
        'iro'?
          iro: "allocated_professional('ir', audit.as_at).name ?? 'unallocated'"
                                       ^
        """)
  }
}
