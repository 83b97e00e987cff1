import Testing

@testable import CaseAudit

private func load(_ files: [String: String]) throws -> ImportResult {
  let importer = CanonicalImporter(schema: try Fixture.loadedSchema())
  return importer.load(files: files.mapValues { Array($0.utf8) }, directory: "export")
}

private func rendered(_ result: ImportResult) -> String {
  result.diagnostics.map { $0.rendered() }.joined(separator: "\n")
}

private let children = "child_id,dob,name\nC1,2012-03-01,Sam\nC2,2015-06-30,Alex\n"
private let periods = "period_id,child_id,start,end\nP1,C1,2021-04-06,\nP2,C2,2021-05-01,\n"
private let professionals = "professional_id,name\nI1,Ada\n"

@Suite struct CanonicalImporterTests {
  @Test func cleanExportLoadsEveryRecord() throws {
    let result = try load([
      "children.csv": children, "periods.csv": periods, "professionals.csv": professionals,
      "reviews.csv": "held_on,review_id,child_id,period_id,participation,chair_id\n"
        + "2021-05-05,R1,C1,P1,PN1,I1\n2021-06-01,R2,C2,P2,PN0,\n",
    ])
    #expect(rendered(result) == "")
    #expect(result.counts.map(\.loaded) == [2, 2, 2, 1])
    #expect(result.dataset.tables[2].count == 2)
  }

  @Test func malformedValuesAreErrorsAtRowAndColumn() throws {
    let reviews = """
      review_id,child_id,period_id,held_on,participation,chair_id,cancelled,score,colour
      R1,C1,P1,2021-02-30,PN1,I1,,,red
      R2,C1,P1,05/05/2021,PN9,,yes,3.5,blue
      R3,C9,P1,2021-05-05,,,,,
      R1,C1,P1,2021-05-05,,,,,
      R4,C2,P9,2021-05-05,,I7,,,
      ,C1,P1,2021-05-05,,,,,

      """
    let result = try load([
      "children.csv": children, "periods.csv": periods, "professionals.csv": professionals,
      "reviews.csv": reviews,
    ])
    #expect(
      rendered(result) == """
        export/reviews.csv:1:9: warning: unknown column 'colour' is ignored
        export/reviews.csv:2:4: error: '2021-02-30' is not a date (YYYY-MM-DD) for 'held_on'
        export/reviews.csv:3:4: error: '05/05/2021' is not a date (YYYY-MM-DD) for 'held_on'
        export/reviews.csv:3:5: error: 'PN9' is not a code of 'participation'; did you mean 'PN0'?
        export/reviews.csv:3:7: error: 'yes' is not true or false for 'cancelled'
        export/reviews.csv:3:8: error: '3.5' is not a whole number for 'score'
        export/reviews.csv:4:2: error: child_id 'C9' names no loaded child
        export/reviews.csv:5:1: error: duplicate review_id 'R1' (first at row 2); no row with it \
        is loaded
        export/reviews.csv:6:3: error: period_id 'P9' names no loaded period
        export/reviews.csv:7:1: error: 'review_id' is empty; it is required
        """)
    #expect(
      result.counts[2]
        == .init(type: "review", file: "export/reviews.csv", provided: true, loaded: 0, excluded: 6)
    )
  }

  @Test func exclusionsCascadeToReferringRows() throws {
    let result = try load([
      "children.csv": "child_id,dob\nC1,2012-13-01\n",
      "periods.csv": "period_id,child_id,start\nP1,C1,2021-04-06\n",
      "reviews.csv": "review_id,child_id,period_id\nR1,C1,P1\n", "professionals.csv": professionals,
    ])
    #expect(
      rendered(result) == """
        export/children.csv:2:2: error: '2012-13-01' is not a date (YYYY-MM-DD) for 'dob'
        export/periods.csv:2:2: error: child_id 'C1' names no loaded child (its row 2 in \
        children.csv is excluded for errors)
        export/reviews.csv:2:2: error: child_id 'C1' names no loaded child (its row 2 in \
        children.csv is excluded for errors)
        """)
    #expect(result.counts.map(\.excluded) == [1, 1, 1, 0])
  }

  @Test func missingColumnsAndFiles() throws {
    let result = try load([
      "children.csv": children, "periods.csv": "period_id,child_id,end\nP1,C1,\n",
    ])
    #expect(
      rendered(result) == """
        warning: 'export/reviews.csv' does not exist: reviews are not provided, so rules that \
        read them give insufficient evidence
        warning: 'export/professionals.csv' does not exist: professionals are not provided, so \
        rules that read them give insufficient evidence
        export/periods.csv:1:1: error: missing required column 'start'; no row of this file is \
        loaded
        """)
    // A file that loads no rows is not provided, like a missing one.
    #expect(result.dataset.provided == [true, false, false, false])
  }

  /// Two rows of child C1 with different dates of birth: which is the child is not known, and
  /// keeping the first made findings depend on the order of the file's rows. Neither is kept,
  /// in either order, and what named C1 goes with them.
  @Test(arguments: [false, true])
  func aDuplicatedKeyKeepsNeitherRowInAnyOrder(reversed: Bool) throws {
    let rows = ["C1,2012-03-01,Sam", "C1,2020-01-01,Sam"]
    let result = try load([
      "children.csv": "child_id,dob,name\n"
        + (reversed ? rows.reversed() : rows).joined(separator: "\n") + "\nC2,2015-06-30,Alex\n",
      "periods.csv": periods, "professionals.csv": professionals,
      "reviews.csv": "review_id,child_id,period_id,held_on,chair_id\nR1,C2,P2,2021-05-05,I1\n",
    ])
    #expect(
      rendered(result) == """
        export/children.csv:3:1: error: duplicate child_id 'C1' (first at row 2); no row with it \
        is loaded
        export/periods.csv:2:2: error: child_id 'C1' names no loaded child (its row 2 in \
        children.csv is excluded for errors)
        """)
    #expect(result.counts.map(\.loaded) == [1, 1, 1, 1])
    let children = result.dataset.tables[0]
    #expect((0..<children.count).map { children.columns[0].text($0) } == ["C2"])
  }

  /// Two `held_on` columns: taking either copy would be a guess, so the file is not loaded.
  @Test func aColumnNamedTwiceLoadsNoRowOfItsFile() throws {
    let result = try load([
      "children.csv": children, "periods.csv": periods,
      "reviews.csv": "review_id,child_id,held_on,held_on\nR1,C1,2021-05-01,2020-05-01\n",
      "professionals.csv": "professional_id,name\n",
    ])
    #expect(
      rendered(result) == """
        export/professionals.csv:1:1: warning: the file has a header but no records
        export/reviews.csv:1:4: error: column 'held_on' appears twice; no row of this file is \
        loaded
        """)
    #expect(result.dataset.provided == [true, true, false, true])
  }

  @Test func listsOfTypesNotProvidedAreUnknown() throws {
    let result = try load(["children.csv": children, "periods.csv": periods])
    let schema = try Fixture.loadedSchema()
    var compiler = ExpressionCompiler(
      schema: schema, calendar: .weekendsOnly, parameters: [:], functions: [:])
    let text = "reviews.exists(r, r.participation == 'PN1')"
    let node = YAMLNode(.scalar(text, .plain), line: 1, column: 1)
    let source = ExpressionSource(node: node, file: SourceFile(path: "e", text: text))
    let maybeCompiled = compiler.compile(source, in: Scope())
    let compiled = try #require(maybeCompiled)
    var frame = Frame(
      data: result.dataset, caseRecord: RecordRef(type: 0, row: 0), params: [], asAt: .null,
      period: .range(nil, nil), slotCount: compiler.slotCount)
    #expect(compiled.eval(&frame) == .null)
  }

  @Test func rowOrderDoesNotChangeTheDataset() throws {
    let shuffled = "period_id,child_id,start,end\nP2,C2,2021-05-01,\nP1,C1,2021-04-06,\n"
    let a = try load(["children.csv": children, "periods.csv": periods])
    let b = try load([
      "children.csv": "child_id,dob,name\nC2,2015-06-30,Alex\nC1,2012-03-01,Sam\n",
      "periods.csv": shuffled,
    ])
    #expect(a.dataset.tables[1].columns.map(\.values) == b.dataset.tables[1].columns.map(\.values))
    #expect(a.dataset.tables[0].columns.map(\.values) == b.dataset.tables[0].columns.map(\.values))
  }
}
