import Testing

@testable import CaseAudit

/// A report table, a tally or a grouping that reads records the export lacks is not counted,
/// and says so: `?? 'no chair'` gives its fallback for an empty field and for a missing file
/// alike, so counting would put every child under "no chair".
@Suite struct MissingRecordsInReportsTests {
  private static let report = """
    report: annual
    title: Annual
    tables:
      - id: by_chair
        title: Held reviews by chair
        note: Held reviews by the chair's name.
        for_each: reviews.filter(r, held(r)) as r
        row: r.chair.name ?? 'no chair'
        total: true
      - id: by_participation
        title: Held reviews by participation
        note: Held reviews by code.
        for_each: reviews.filter(r, held(r)) as r
        row: r.participation ?? 'not recorded'
    """

  private static let children = "child_id,dob\nC1,2012-01-01\nC2,2013-01-01\n"
  private static let reviews = """
    review_id,child_id,held_on,participation,chair_id,cancelled
    R1,C1,2021-05-01,PN1,I1,
    R2,C2,2021-06-01,PN7,I2,false

    """

  private func tables(_ files: [String: String]) throws -> [ReportTable] {
    let pack = try #require(ReportTableFixture.load(report: Self.report).pack)
    let data = ReportTableFixture.data(files, schema: pack.schema)
    return ReportTableFixture.sections(pack, data, CensusFixture.context).flatMap(\.tables)
  }

  @Test func everyFileGivenCountsAsBefore() throws {
    let tables = try tables([
      "children.csv": Self.children, "reviews.csv": Self.reviews,
      "professionals.csv": "professional_id,name\nI1,Ada\nI2,Bea\n",
    ])
    #expect(
      tables.map(ReportTableFixture.text) == [
        "columns: count=Count\nAda | Ada | 1\nBea | Bea | 1\ntotal | Total | 2",
        "columns: count=Count\nPN1 | PN1 | 1\nPN7 | PN7 | 1",
      ])
    #expect(tables.map(\.note) == ["Held reviews by the chair's name.", "Held reviews by code."])
  }

  @Test func aTableReadingAFileNotGivenHasNoRowsAndSaysWhy() throws {
    let tables = try tables(["children.csv": Self.children, "reviews.csv": Self.reviews])
    #expect(
      tables.map(ReportTableFixture.text) == [
        "columns: count=Count", "columns: count=Count\nPN1 | PN1 | 1\nPN7 | PN7 | 1",
      ])
    #expect(
      tables.map(\.note) == [
        "Held reviews by the chair's name. Not counted: the export does not provide"
          + " professionals, which this table reads.",
        "Held reviews by code.",
      ])
    #expect(tables.map(\.notProvided) == ["professionals", nil])
    #expect(tables.map(\.uncountedCases) == [2, 0])
  }

  @Test func aTableReadingAColumnNotGivenHasNoRowsAndSaysWhich() throws {
    let tables = try tables([
      "children.csv": Self.children,
      "reviews.csv": "review_id,child_id,held_on,chair_id,cancelled\nR1,C1,2021-05-01,I1,\n",
      "professionals.csv": "professional_id,name\nI1,Ada\n",
    ])
    #expect(tables.map(\.notProvided) == [nil, "review.participation"])
    #expect(tables[1].rows.isEmpty)
  }

  /// C1's second review has a date that is not one: its reviews are incomplete, so neither of
  /// its counts can be trusted, and C2 is counted as before.
  @Test func aCaseThatLostRecordsTheTableReadsIsLeftOutAndCounted() throws {
    let tables = try tables([
      "children.csv": Self.children,
      "reviews.csv": Self.reviews + "R3,C1,2021-13-01,PN1,I1,\n",
      "professionals.csv": "professional_id,name\nI1,Ada\nI2,Bea\n",
    ])
    #expect(
      tables.map(ReportTableFixture.text) == [
        "columns: count=Count\nBea | Bea | 1\ntotal | Total | 1",
        "columns: count=Count\nPN7 | PN7 | 1",
      ])
    #expect(
      tables[1].note
        == "Held reviews by code. 1 case was not counted: the records this table reads were"
        + " not provided, or some of the case's were excluded for errors.")
  }

  /// A headline figure whose table was not counted at all is put down to that, not to a table
  /// the report lacks.
  @Test func aHeadlineFigureFromATableNotCountedSaysSo() {
    var held = ReportTable(
      id: "reviews_held", title: "Reviews held", rowHeading: "Reviews",
      columns: [ReportColumn(key: "count", label: "Count")], rows: [])
    held.uncountedCases = 4
    held.notProvided = "reviews"
    let headline = ServiceHeadline.table(
      this: [held], previous: nil, thisLabel: "2021-22", previousLabel: "2020-21")
    #expect(
      headline.note
        == "Taken from the tables below, evaluated for this period and for the same period a"
        + " year earlier. On time: reviews within timescale over those within timescale or late."
        + " Participation: code PN1 to PN6 over PN1 to PN7 (PN0, under 4, and empty codes left"
        + " out). Not shown, as the pack's report has no table to take it from: Children looked"
        + " after at the as-at date; Reviews of children aged 4 or over in which they"
        + " participated; Escalations raised. Not shown, as its table could not count some cases"
        + " or items (see the table): Reviews held; Reviews held on time (of those whose"
        + " timeliness is known).")
  }

  /// The fixture's grouping reads the first review's chair's name.
  @Test func aGroupingReadingAFileNotGivenIsNotShownAndSaysWhy() throws {
    let pack = try #require(
      Fixture.load(rules: CensusFixture.rules, manifest: CensusFixture.manifest).pack)
    var files = CensusFixture.files
    files["professionals.csv"] = nil
    let data = CanonicalImporter(schema: pack.schema).load(
      files: files.mapValues { Array(($0 + "\n").utf8) }, directory: "export")
    let census = Census(
      pack: pack, data: data, dataFingerprint: "data-fingerprint",
      context: CensusFixture.context)
    let consistency = CensusConsistency(census: census)
    #expect(consistency.groupings.isEmpty)
    #expect(
      consistency.notShown.map { "\($0.grouping): \($0.missing)" } == ["chair: professionals"])
    guard case .paragraph(let text)? = ConsistencySection.section(consistency).blocks.last else {
      Issue.record("the section ends with no paragraph")
      return
    }
    #expect(text == "Not shown by chair: the export does not provide professionals.")
  }
}
