import Testing

@testable import CaseAudit

private func load(_ files: [String: String]) throws -> ImportResult {
  let importer = CanonicalImporter(schema: try Fixture.loadedSchema())
  return importer.load(files: files.mapValues { Array($0.utf8) }, directory: "export")
}

/// The diagnostics but those for the files a test leaves out.
private func rendered(_ result: ImportResult) -> String {
  result.diagnostics.filter { $0.kind != "missing file" }.map { $0.rendered() }
    .joined(separator: "\n")
}

/// The rendered values of one field of a type, in the dataset's order.
private func values(_ result: ImportResult, _ type: String, _ field: String) -> [String] {
  let schema = result.dataset.schema
  let index = schema.typeIndex(type)!
  let column = result.dataset.tables[index].columns[schema.types[index].fieldIndex(field)!]
  return column.values.map { result.dataset.render($0) }
}

private let periods = "period_id,child_id,start,end\nP1,C1,2021-04-06,\n"

/// Cells typed straight from the file's bytes read as text did: quoting, line breaks, padding,
/// NUL bytes and the `String` equality of texts (canonical equivalence).
@Suite struct ByteImportTests {
  @Test func quotedDatesCodesAndTextsAcrossCRLFLinesAreRead() throws {
    let reviews =
      "review_id,child_id,period_id,held_on,participation,chair_id\r\n"
      + "\"R1\",C1,P1,\"2021-05-05\",\"PN1\",\r\n"
      + "R2,C1,\"P1\",\" 2021-06-01\",PN0,\r\n"
      + "R3,C1,P1,\"2021-07-01,\r\n2021-07-02\",PN1,\r\n"
      + "\"R4\",C1,P1,2021-08-01,\"PN1,PN7\",\r\n"
    let result = try load([
      "children.csv": "child_id,dob,name\r\nC1,2012-03-01,\"Sam, \"\"Jr\"\"\r\nSmith\"\r\n",
      "periods.csv": periods, "reviews.csv": reviews,
    ])
    #expect(
      rendered(result) == """
        export/reviews.csv:3:4: warning: the date ' 2021-06-01' is padded with spaces; read as \
        '2021-06-01'
        export/reviews.csv:4:4: error: '2021-07-01,\\r\\n2021-07-02' is not a date (YYYY-MM-DD) \
        for 'held_on'
        export/reviews.csv:5:5: error: 'PN1,PN7' is not a code of 'participation'; did you mean \
        'PN1'?
        """)
    #expect(values(result, "review", "review_id") == ["R1", "R2"])
    #expect(values(result, "review", "held_on") == ["2021-05-05", "2021-06-01"])
    #expect(values(result, "review", "participation") == ["PN1", "PN0"])
    #expect(values(result, "child", "name") == ["Sam, \"Jr\"\r\nSmith"])
  }

  @Test func paddedCodesAndIdsAreReadWithoutTheirSpaces() throws {
    let result = try load([
      "children.csv": "child_id,dob,name\n C1\t,2012-03-01,\n",
      "periods.csv": "period_id,child_id,start,end\nP1,C1 ,2021-04-06,\n",
      "reviews.csv": "review_id,child_id,period_id,held_on,participation\n"
        + "R1,\tC1,P1,2021-05-05,  PN7 \nR2,C1,P1,2021-06-05,\" PN1\"\n",
    ])
    #expect(rendered(result) == "")
    #expect(values(result, "review", "participation") == ["PN7", "PN1"])
    #expect(values(result, "child", "child_id") == ["C1"])
  }

  @Test func canonicallyEquivalentIdsAreOneId() throws {
    // "Zoé" precomposed and decomposed are the same text to Swift, so the same key, as when
    // every cell was a String: a duplicate, so neither row is the child, and the period naming
    // it is excluded with them.
    let result = try load([
      "children.csv": "child_id,dob,name\nZo\u{E9},2012-03-01,\nZoe\u{301},2013-03-01,\n",
      "periods.csv": "period_id,child_id,start,end\nP1,Zoe\u{301},2021-04-06,\n",
    ])
    #expect(
      rendered(result) == """
        export/children.csv:3:1: error: duplicate child_id 'Zoe\u{301}' (first at row 2); no row \
        with it is loaded
        export/periods.csv:2:2: error: child_id 'Zoe\u{301}' names no loaded child (its row 2 in \
        children.csv is excluded for errors)
        """)
    #expect(result.counts.map(\.loaded) == [0, 0, 0, 0])
    #expect(result.counts.map(\.excluded) == [2, 1, 0, 0])
  }

  @Test func aNULByteInAnIdIsDroppedAndTheIdStillMatches() throws {
    let result = try load([
      "children.csv": "child_id,dob,name\nC\u{0}1,2012-03-01,\n",
      "periods.csv": "period_id,child_id,start,end\nP1,\"C1\u{0}\",2021-04-06,\n",
    ])
    #expect(
      rendered(result) == """
        export/children.csv:2:1: warning: a NUL byte (shown as \\0) in 'C\\01'; read as 'C1'
        export/periods.csv:2:2: warning: a NUL byte (shown as \\0) in 'C1\\0'; read as 'C1'
        """)
    #expect(result.counts.map(\.loaded) == [1, 1, 0, 0])
  }
}
