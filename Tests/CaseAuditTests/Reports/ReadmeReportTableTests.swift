import Foundation
import Testing

@testable import CaseAudit

/// The README's "adding a table" must stay true: its example table, added to the shipped annual
/// report as written, loads without a problem and is counted.
@Suite struct ReadmeReportTableTests {
  @Test func theReadmesTableLoadsAndCounts() throws {
    let root = Fixture.repositoryRoot
    let readme = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
    let blocks = readme.components(separatedBy: "```yaml\n").dropFirst()
      .compactMap { $0.components(separatedBy: "```").first }
    let table = try #require(
      blocks.first { $0.contains("- id: reviews_by_participation_and_month") })
    let folder = root + "/Rules/iro"
    var files: [String: String] = [:]
    let paths = try #require(FileManager.default.subpathsOfDirectory(atPath: folder) as [String]?)
    for path in paths where path.hasSuffix(".yaml") {
      files[path] = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
    }
    files["reports/annual.yaml", default: ""] += "\n" + table
    let loaded = PackLoader().load(InMemoryPackSource(displayPath: "iro", files: files))
    #expect(loaded.diagnostics.map { $0.rendered() } == [])
    let pack = try #require(loaded.pack)
    let added = try #require(
      pack.report("annual")?.tables.first { $0.id == "reviews_by_participation_and_month" })
    #expect(
      added.rows.listedKeys == [
        "PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7",
        "not_recorded",
      ])
    #expect(added.chart?.kind == .bars)
  }
}
