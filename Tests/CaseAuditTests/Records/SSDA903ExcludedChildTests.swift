import Foundation
import Testing

@testable import CaseAudit

/// A child whose Header row is excluded for errors: the rows of theirs in the other tables say
/// so, as the canonical importer does, instead of claiming the child is not in the Header table.
@Suite struct SSDA903ExcludedChildTests {
  @Test func rowsOfAChildExcludedFromTheHeaderNameItsRow() throws {
    let iro = try #require(PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("ssda903-excluded-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let files = [
      "Header.csv": "CHILD,SEX,DOB,ETHNIC\nA1,1,01/02/2010,WBRI\nB2,1,29/02/2011,WBRI\n",
      "Episodes.csv": """
      CHILD,DECOM,RNE,LS,PLACE,DEC,REC
      A1,01/05/2021,S,C1,U6,,
      B2,01/05/2021,S,C1,U6,,
      C3,01/05/2021,S,C1,U6,,

      """,
      "Reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nB2,29/02/2011,27/05/2021,PN1\n",
    ]
    for (name, text) in files {
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    let result = SSDA903Importer(schema: iro.schema).load(directory: folder)
    #expect(
      result.diagnostics.map { $0.rendered() } == [
        "\(folder)/Episodes.csv:3:1: error: CHILD 'B2' names no loaded child (its row 3 in"
          + " Header.csv is excluded for errors)",
        "\(folder)/Episodes.csv:4:1: error: CHILD 'C3' is not in the Header table",
        "\(folder)/Header.csv:3:3: error: '29/02/2011' is not a date (DD/MM/YYYY) for 'DOB'",
        "\(folder)/Reviews.csv:2:1: error: CHILD 'B2' names no loaded child (its row 3 in"
          + " Header.csv is excluded for errors)",
      ])
  }
}
