import Testing

@testable import CaseAudit

private let manifest =
  Fixture.manifest + """

    tallies:
      by_participation:
        title: Reviews by participation
        for_each: reviews.filter(r, held(r)) as r
        value: "r.participation ?? 'not recorded'"
        order: [PN1, PN0]
      by_count:
        title: Reviews by participation, commonest first
        for_each: reviews as r
        value: r.participation
        order: count

    """

@Suite struct TallyTests {
  @Test func countsItemsInTheTallysOrder() throws {
    let pack = try #require(Fixture.load(rules: "[]", manifest: manifest).pack)
    let caseFile = SourceFile(
      path: "case.yaml",
      text: """
        reviews:
          - {review_id: R1, held_on: 2021-01-01, participation: PN7}
          - {review_id: R2, held_on: 2021-02-01, participation: PN7}
          - {review_id: R3, held_on: 2021-03-01}
          - {review_id: R4, held_on: 2021-04-01, participation: PN1}
          - {review_id: R5, held_on: 2021-05-01, participation: PN1, cancelled: true}
        """)
    var problems: [Diagnostic] = []
    let root = try #require(try YAMLReader().read(caseFile).get())
    let built = try #require(
      ExampleRecords(file: caseFile, schema: pack.schema).build(root, diagnostics: &problems))
    let scorer = Scorer(pack: pack)
    let tallies = scorer.tallies(built.data, context: AuditContext())
    #expect(tallies[0].rows.map(\.value) == ["PN1", "PN0", "PN7", "not recorded"])
    #expect(tallies[0].rows.map(\.count) == [1, 0, 2, 1])
    #expect(tallies[0].total == 4)
    #expect(tallies[1].rows.map(\.value) == ["PN1", "PN7", "unknown"])
    #expect(tallies[1].rows.map(\.count) == [2, 2, 1])
    #expect(
      TallyMarkdown.render([tallies[0]]) == """

        ## Themes

        Reviews by participation (4):

        | value | count | share |
        |---|---:|---:|
        | PN1 | 1 | 25.0% |
        | PN0 | 0 | 0.0% |
        | PN7 | 2 | 50.0% |
        | not recorded | 1 | 25.0% |

        """)
  }

  @Test func badTalliesAreReportedAtTheirPositions() {
    let broken =
      Fixture.manifest + """

        tallies:
          t: {title: T, for_each: reviews as r, value: r.held_date, order: biggest}

        """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", manifest: broken)) == """
        pack/pack.yaml:8:50: error: unknown field 'held_date' on 'review'; did you mean 'held_on'?
          t: {title: T, for_each: reviews as r, value: r.held_date, order: biggest}
                                                         ^
        pack/pack.yaml:8:68: error: order must be count, value or a list of values in order
          t: {title: T, for_each: reviews as r, value: r.held_date, order: biggest}
                                                                           ^
        """)
  }
}
