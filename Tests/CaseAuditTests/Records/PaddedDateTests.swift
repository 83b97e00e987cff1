import Foundation
import Testing

@testable import CaseAudit

private let iro = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack!

private func padded(_ result: ImportResult) -> [String] {
  result.diagnostics.filter { $0.kind == "padded date" }.map { $0.rendered() }
}

/// A date padded with spaces is read without them, never silently.
@Suite struct PaddedDateTests {
  @Test func canonicalDatesPaddedWithSpacesAreWarned() throws {
    let result = CanonicalImporter(schema: iro.schema).load(
      files: ["children.csv": Array("child_id,dob\nC1, 2012-03-01\t\nC2,2012-01-01\n".utf8)],
      directory: "export")
    #expect(
      padded(result) == [
        "export/children.csv:2:2: warning: the date ' 2012-03-01\t' is padded with spaces; read"
          + " as '2012-03-01'"
      ])
    let dob = iro.schema.types[iro.schema.caseType].fieldIndex("dob")!
    #expect(
      result.dataset.tables[iro.schema.caseType].columns[dob].values.map {
        result.dataset.render($0)
      } == ["2012-03-01", "2012-01-01"])
  }

  @Test func datesOfAReturnPaddedWithSpacesAreWarned() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("padded-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let files = [
      "Header.csv": "CHILD,SEX,DOB\nA1,1,01/02/2010 \n",
      "Episodes.csv": "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\nA1,01/05/2021,S,C1,U6,,\n",
      "Reviews.csv": "CHILD,REVIEW,REVIEW_CODE\nA1,  27/05/2021,PN1\n",
    ]
    for (name, text) in files {
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    let result = SSDA903Importer(schema: iro.schema).load(directory: folder)
    #expect(
      padded(result) == [
        "\(folder)/Header.csv:2:3: warning: the date '01/02/2010 ' is padded with spaces; read as"
          + " '01/02/2010'",
        "\(folder)/Reviews.csv:2:2: warning: the date '  27/05/2021' is padded with spaces; read"
          + " as '27/05/2021'",
      ])
  }
}
