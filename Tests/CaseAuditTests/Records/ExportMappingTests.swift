import Testing

@testable import CaseAudit

private let mappingText = """
  date_formats: [DD/MM/YYYY, SQL_SERVER]
  types:
    child:
      file: Person.csv
      columns: {child_id: PersonID, dob: BirthDate}
    review:
      file: LAC_Reviews.csv
      columns: {review_id: ReviewRef, child_id: PersonID, held_on: MeetingDate}
      values:
        participation:
          Attended and spoke for themselves: PN1
          Did not attend; views not conveyed: PN7
          Under four: PN0

  """

private func mapping(_ text: String = mappingText) throws -> (ExportMapping?, String) {
  let (loaded, diagnostics) = ExportMappingLoader.load(
    SourceFile(path: "mapping.yaml", text: text), schema: try Fixture.loadedSchema())
  return (loaded, diagnostics.map { $0.rendered() }.joined(separator: "\n"))
}

@Suite struct ExportMappingTests {
  @Test func aLocalExportIsReadThroughItsMapping() throws {
    let loaded = try #require(try mapping().0)
    let files = [
      "Person.csv": "PersonID,BirthDate\nC1,01/03/2012\n",
      "LAC_Reviews.csv": """
      ReviewRef,PersonID,MeetingDate,participation
      R1,C1,2021-05-05 00:00:00.000,Attended and spoke for themselves
      R2,C1,06/08/2021,PN7
      R3,C1,07/09/2021,Came along
      R4,C1,2021-31-12,Under four

      """,
    ]
    let result = CanonicalImporter(schema: try Fixture.loadedSchema(), mapping: loaded)
      .load(files: files.mapValues { Array($0.utf8) }, directory: "export")
    #expect(
      result.diagnostics.map { $0.rendered() } == [
        "warning: 'export/periods.csv' does not exist: periods are not provided, so rules that"
          + " read them give insufficient evidence",
        "warning: 'export/professionals.csv' does not exist: professionals are not provided, so"
          + " rules that read them give insufficient evidence",
        "export/LAC_Reviews.csv:4:4: error: 'Came along' has no mapping for 'participation'; add"
          + " it under types: review: values: participation: in mapping.yaml",
        "export/LAC_Reviews.csv:5:3: error: '2021-31-12' is not a date (DD/MM/YYYY or"
          + " SQL_SERVER) for 'held_on'",
      ])
    let reviews = result.dataset.tables[2]
    #expect(
      reviews.columns[3].values == [.date(Day(iso: "2021-05-05")!), .date(Day(iso: "2021-08-06")!)])
    #expect(reviews.columns[4].values == [.string("PN1"), .string("PN7")])
    #expect(result.dataset.tables[0].columns[1].values == [.date(Day(iso: "2012-03-01")!)])
  }

  @Test func mappingMistakesAreReportedAtTheirPositions() throws {
    let text = """
      date_formats: [DD-MM-YYYY]
      types:
        reviw: {file: x.csv}
        review:
          columns: {held_date: Meeting}
          values:
            participation: {Spoke: PN8}

      """
    #expect(
      try mapping(text).1 == """
        mapping.yaml:1:16: error: unknown date format 'DD-MM-YYYY'; did you mean 'DD/MM/YYYY'?
        date_formats: [DD-MM-YYYY]
                       ^
        mapping.yaml:3:3: error: the schema has no type 'reviw'; did you mean 'review'?
          reviw: {file: x.csv}
          ^
        mapping.yaml:5:15: error: 'review' has no field 'held_date'; did you mean 'held_on'?
            columns: {held_date: Meeting}
                      ^
        mapping.yaml:7:30: error: 'PN8' is not a code of 'participation'; did you mean 'PN0'?
              participation: {Spoke: PN8}
                                     ^
        """)
  }

  @Test(arguments: [
    (DateFormat.iso, "2021-05-05", "2021-05-05"), (.dayMonthYear, "05/05/2021", "2021-05-05"),
    (.sqlServer, "2021-05-05 00:00:00.000", "2021-05-05"), (.sqlServer, "2021-05-05", "2021-05-05"),
    (.sqlServer, "2021-05-05 13:45:10", "2021-05-05"),
  ])
  func dateFormats(format: DateFormat, text: String, day: String) {
    #expect(format.parse(text)?.description == day)
  }

  @Test(arguments: [
    (DateFormat.dayMonthYear, "5/5/2021"), (.dayMonthYear, "31/02/2021"), (.iso, "05/05/2021"),
    (.sqlServer, "2021-05-05 noon"),
  ])
  func datesThatDoNotParse(format: DateFormat, text: String) {
    #expect(format.parse(text) == nil)
  }
}
