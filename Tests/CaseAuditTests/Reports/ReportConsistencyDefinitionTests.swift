import Testing

@testable import CaseAudit

/// A report's `consistency:` (who its consistency section counts) is checked like its tables,
/// and a report knows which rules' outcomes its tables read.
@Suite struct ReportConsistencyDefinitionTests {
  private let table = """
    tables:
      - id: t
        title: T
        note: N
        row: "'x'"
    """

  @Test func aConsistencyDayThatIsNoDateAndUnknownKeysAreErrors() {
    let report = """
      report: test
      title: Test report
      consistency:
        day: "'yesterday'"
        colour: red
      \(table)
      """
    #expect(
      Fixture.diagnostics(ReportTableFixture.load(report: report)) == """
        pack/reports/test.yaml:4:3: error: consistency needs 'note'
          day: "'yesterday'"
          ^
        pack/reports/test.yaml:4:9: error: day must be a date, but this is a string
          day: "'yesterday'"
                ^
        pack/reports/test.yaml:5:3: error: unknown key 'colour' in consistency; expected one of: \
        day, note
          colour: red
          ^
        """)
  }

  @Test func theConsistencyDayIsCompiledWithItsNote() throws {
    let report = """
      report: test
      title: Test report
      consistency:
        day: "reviews.map(r, r.held_on).max(d, d)"
        note: Children with a review, as at their last.
      \(table)
      """
    let loaded = ReportTableFixture.load(report: report)
    #expect(Fixture.diagnostics(loaded) == "")
    let consistency = try #require(loaded.pack?.reports.first?.consistency)
    #expect(consistency.note == "Children with a review, as at their last.")
    #expect(consistency.day.type == .date)
  }

  @Test func aReportKnowsTheRulesItsTablesRead() {
    let reading = """
      report: test
      title: Test report
      tables:
        - id: t
          title: T
          note: N
          for_each: reviews as r
          row: "rule_outcome('on_time', r)"
      """
    let read = ReportTableFixture.load(report: reading).pack?.reports.first?.outcomeRules
    #expect(read == ["on_time"])
    let report = "report: test\ntitle: Test report\n" + table
    #expect(ReportTableFixture.load(report: report).pack?.reports.first?.outcomeRules == [])
  }
}
