import Testing

@testable import CaseAudit

/// Plans loaded from their text, with the pack handed over by the caller (as the fuzz target
/// does): the pack is asked for by the path the plan names, resolved against the plan's folder.
@Suite struct PlanLoaderTests {
  /// The inline pack's one rule has no examples; its warning comes with the plan's diagnostics.
  let exampleWarning = """
    pack/rules/main.yaml:1:3: warning: rule 'probe' has no met or not_met example; each rule \
    needs at least one of each
    - id: probe
      ^
    """

  @Test func aPlanGivenAsTextIsCompiledOverThePackItIsHanded() throws {
    let text = """
      plan: probe
      title: Probe
      rules: ../pack
      population: "reviews.count() > 0"
      sample: {size: 2, seed: 7}
      """
    var asked: [String] = []
    let (plan, diagnostics) = PlanLoader().load(SourceFile(path: "plans/probe.yaml", text: text)) {
      asked.append($0)
      return Fixture.load(rules: Fixture.rule(expect: "true"))
    }
    #expect(diagnostics.map { $0.rendered() } == [exampleWarning])
    #expect(asked == ["plans/../pack"])
    #expect(try #require(plan).seed == 7)
  }

  @Test func mistakesInAPlanGivenAsTextAreReportedAtTheirPosition() {
    let text = """
      plan: probe
      titel: Probe
      rules: ../pack
      population: "reviews.cont() > 0"
      sample: {size: 2}
      """
    let (plan, diagnostics) = PlanLoader().load(SourceFile(path: "plans/probe.yaml", text: text)) {
      _ in Fixture.load(rules: Fixture.rule(expect: "true"))
    }
    #expect(plan == nil)
    #expect(
      diagnostics.map { $0.rendered() }.joined(separator: "\n") == exampleWarning + "\n" + """
        plans/probe.yaml:1:1: error: an audit plan needs 'title'
        plan: probe
        ^
        plans/probe.yaml:2:1: error: unknown key 'titel' in an audit plan; did you mean 'title'?
        titel: Probe
        ^
        plans/probe.yaml:4:22: error: unknown list method 'cont'; did you mean 'count'?
        population: "reviews.cont() > 0"
                             ^
        """)
  }

  /// Found by fuzzing (Fuzz/README.md): a sample without `size` trapped on a force unwrap.
  @Test func aSampleWithoutASizeIsAnErrorNotACrash() {
    let text = """
      plan: probe
      title: Probe
      rules: ../pack
      sample:
        sixe: 40
      """
    let (plan, diagnostics) = PlanLoader().load(SourceFile(path: "plans/probe.yaml", text: text)) {
      _ in Fixture.load(rules: Fixture.rule(expect: "true"))
    }
    #expect(plan == nil)
    #expect(
      diagnostics.map { $0.rendered() }.joined(separator: "\n") == exampleWarning + "\n" + """
        plans/probe.yaml:5:3: error: unknown key 'sixe' in 'sample'; did you mean 'size'?
          sixe: 40
          ^
        plans/probe.yaml:5:3: error: 'sample' needs 'size'
          sixe: 40
          ^
        """)
  }
}
