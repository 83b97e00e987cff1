import Foundation
import Testing

@testable import CaseAudit

/// The workbook read back: one sheet per table, cells typed, text neutralised, same bytes twice.
@Suite struct DocumentWorkbookTests {
  @Test func everyTableIsASheetWithTypedCells() throws {
    let bytes = try DocumentWorkbook(document: DocumentSamples.document).render()
    let workbook = try WorkbookReader(bytes: bytes)
    let sheets = """
      <sheets><sheet name="reviews_held" sheetId="1" r:id="rId1"/>\
      <sheet name="rules" sheetId="2" r:id="rId2"/></sheets>
      """
    #expect(workbook.parts["xl/workbook.xml"]?.contains(sheets) == true)
    let counts = try workbook.cells(sheet: 1).map { "\($0.0)=\($0.1)" }
    #expect(
      counts == [
        "A1=inlineStr/1/Outcome", "B1=inlineStr/1/2021", "C1=inlineStr/1/2022",
        "A2=inlineStr/0/Within | time", "B2=n/0/3", "C2=n/0/0",
        "A3=inlineStr/0/Late", "B3=n/0/1",
        "A4=inlineStr/1/Total", "B4=n/0/4", "C4=n/0/0",
      ])
    let mixed = try workbook.cells(sheet: 2).map { "\($0.0)=\($0.1)" }
    #expect(
      mixed == [
        "A1=inlineStr/1/Standard", "B1=inlineStr/1/IRO", "C1=inlineStr/1/Mean",
        "D1=inlineStr/1/Rate",
        "A2=inlineStr/0/'=cmd", "B2=inlineStr/0/<b>Ann</b>", "C2=n/2/2.345", "D2=n/3/0.5",
      ])
    let styles = try #require(workbook.parts["xl/styles.xml"])
    #expect(
      styles.contains(
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/>"
          + "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>"))
    #expect(try DocumentWorkbook(document: DocumentSamples.document).render() == bytes)
  }

  @Test func sheetNamesAreShortUniqueAndAllowed() {
    let long = String(repeating: "a", count: 40)
    #expect(
      WorkbookSheetNames.names(for: [
        long, long.uppercased(), "a/b:c*d?[e]\\f", "'q'", "",
        "History", long,
      ]) == [
        String(repeating: "a", count: 31), String(repeating: "A", count: 29) + "~2",
        "a_b_c_d__e__f", "q", "table", "History_", String(repeating: "a", count: 29) + "~3",
      ])
  }

  @Test func controlCharactersAndEscapeLookalikesRoundTrip() throws {
    let value = "a\u{1}b _x0041_ c\u{FFFF}"
    let table = ReportTable(
      id: "t", title: "T", rowHeading: "H", columns: [ReportColumn(key: "v", label: "V")],
      rows: [ReportRow(key: "r", label: "R", cells: [.text(value)])])
    let bytes = try DocumentWorkbook(
      document: ReportDocument(
        title: "T", sections: [ReportSection(id: "s", heading: "S", blocks: [.table(table)])])
    ).render()
    let cells = try WorkbookReader(bytes: bytes).cells(sheet: 1)
    #expect(cells.last?.1.value == value)
  }

  @Test func aDocumentWithoutTablesStillHasASheet() throws {
    let bytes = try DocumentWorkbook(document: ReportDocument(title: "Empty")).render()
    let cells = try WorkbookReader(bytes: bytes).cells(sheet: 1)
    #expect(cells.map(\.1.value) == ["This report has no tables."])
  }
}
