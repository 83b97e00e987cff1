import Testing

@testable import CaseAudit

private let noRecords = "export/children.csv:1:1: warning: the file has a header but no records"

private func warnings(header: String) throws -> [String] {
  let importer = CanonicalImporter(schema: try Fixture.loadedSchema())
  let children = "child_id,dob,\(header)\n"
  let result = importer.load(
    files: ["children.csv": Array(children.utf8)], directory: "export")
  return result.diagnostics.filter { $0.location?.file == "export/children.csv" }
    .map { $0.rendered() }
}

/// A header of a million stray columns (or a spreadsheet's thousands of empty trailing cells)
/// gets twenty warnings and one for the rest, not a million lines that take longer than the
/// import itself.
@Suite struct WideHeaderTests {
  @Test func aMillionUnknownColumnsAreTwentyWarningsAndOneForTheRest() throws {
    let names = (0..<1_000_000).map { "x\($0)" }
    let started = ContinuousClock.now
    let found = try warnings(header: names.joined(separator: ","))
    #expect(ContinuousClock.now - started < .seconds(60), "a hang guard, not a timing")
    let each = (0..<20).map {
      "export/children.csv:1:\($0 + 3): warning: unknown column 'x\($0)' is ignored"
    }
    let rest =
      "export/children.csv:1:23: warning: 999980 more unknown columns, from 'x20' on, are"
      + " ignored"
    #expect(found == [noRecords] + each + [rest])
  }

  @Test func twentyOneUnknownColumnsNameTheLastOne() throws {
    let found = try warnings(header: "nmae," + (1...20).map { "c\($0)" }.joined(separator: ","))
    let first =
      "export/children.csv:1:3: warning: unknown column 'nmae' is ignored; did you mean"
      + " 'name'?"
    let each = (1...19).map {
      "export/children.csv:1:\($0 + 3): warning: unknown column 'c\($0)' is ignored"
    }
    let expected =
      [noRecords, first] + each + [
        "export/children.csv:1:23: warning: 1 more unknown column,"
          + " 'c20', is ignored"
      ]
    #expect(found == expected)
  }

  @Test func twentyUnknownColumnsAreEachWarned() throws {
    let found = try warnings(header: (1...20).map { "c\($0)" }.joined(separator: ","))
    #expect(
      found
        == [noRecords]
        + (1...20).map {
          "export/children.csv:1:\($0 + 2): warning: unknown column 'c\($0)' is ignored"
        })
  }
}
