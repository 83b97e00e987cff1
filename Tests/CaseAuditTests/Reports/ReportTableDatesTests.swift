import Testing

@testable import CaseAudit

private let report = """
  report: test
  title: Test report
  tables:
    - id: seven_years
      title: Looked after on 31 March, seven years
      note: A period open on the day.
      dates: years_back(last_march(audit.as_at), 7) as d
      date_key: year(d)
      where: "periods.exists(p, p.start <= d)"
      row: "'looked_after'"
      rows: [looked_after]
    - id: too_many_years
      title: Looked after, 101 years
      note: A period open on the day.
      dates: years_back(date(2022, 3, 31), 101) as d
      where: "periods.exists(p, p.start <= d)"
      row: "'looked_after'"
      rows: [looked_after]
    - id: one_impossible
      title: Looked after, on three days
      note: A period open on the day.
      dates: "[date(2021, 3, 31), date(2022, 2, 30), date(2022, 3, 31)] as d"
      where: "periods.exists(p, p.start <= d)"
      row: "'looked_after'"
      rows: [looked_after]
  """

private let export = [
  "children.csv": "child_id,dob\nC1,2010-01-01\n",
  "periods.csv": "period_id,child_id,start\nP1,C1,2019-04-01\n",
]

private let lastMarch = """
  last_march(d): "date(year(d), 3, 31) <= d ? date(year(d), 3, 31) : date(year(d) - 1, 3, 31)"
  """

private func load() -> PackLoadResult {
  Fixture.load(
    rules: ReportTableFixture.rules, functions: Fixture.functions + "\n" + lastMarch,
    manifest: ReportTableFixture.manifest, extra: ["reports/test.yaml": report])
}

/// A table whose date columns are unknown says so in its note, instead of showing fewer
/// columns, or none, without a word (`caseaudit report --as-at 0001-01-01` on the IRO pack).
@Suite struct ReportTableDatesTests {
  @Test func unknownDatesAreNamedInTheNote() throws {
    let loaded = load()
    #expect(Fixture.diagnostics(loaded) == "")
    let pack = try #require(loaded.pack)
    let data = ReportTableFixture.data(export, schema: pack.schema)
    let context = AuditContext(asAt: Day(iso: "0001-06-01"))
    let tables = ReportTableFixture.sections(pack, data, context).flatMap(\.tables)
    #expect(
      tables.map(\.note) == [
        "A period open on the day. No column is shown: its dates are unknown for this period"
          + " and as-at date.",
        "A period open on the day. No column is shown: its dates are unknown for this period"
          + " and as-at date.",
        "A period open on the day. 1 of its dates is unknown for this period and as-at date and"
          + " has no column.",
      ])
    #expect(
      tables.map(ReportTableFixture.text) == [
        "columns: \nlooked_after | Looked after | ",
        "columns: \nlooked_after | Looked after | ",
        """
        columns: 2021-03-31=2021-03-31, 2022-03-31=2022-03-31
        looked_after | Looked after | 1 1
        """,
      ])
  }

  /// An export holding only the children looked after from 1 April 2021 (an SSDA903 return)
  /// would count fewer children on each 31 March before it: those columns are not shown.
  @Test func datesBeforeTheRecordsBeginHaveNoColumn() throws {
    let pack = try #require(load().pack)
    var data = ReportTableFixture.data(export, schema: pack.schema)
    data.recordsFrom = Day(iso: "2021-04-01")
    let context = AuditContext(asAt: Day(iso: "2022-03-31"))
    let tables = ReportTableFixture.sections(pack, data, context).flatMap(\.tables)
    #expect(
      tables[2].note
        == "A period open on the day. 1 of its dates is unknown for this period and as-at date"
        + " and has no column. 1 of its dates is before 2021-04-01, when the export's records"
        + " begin (it holds only the children looked after from then), and has no column.")
    #expect(
      ReportTableFixture.text(tables[2]) == """
        columns: 2022-03-31=2022-03-31
        looked_after | Looked after | 1
        """)
  }

  @Test func knownDatesAddNothingToTheNote() throws {
    let pack = try #require(load().pack)
    let data = ReportTableFixture.data(export, schema: pack.schema)
    let context = AuditContext(asAt: Day(iso: "2022-03-31"))
    let tables = ReportTableFixture.sections(pack, data, context).flatMap(\.tables)
    #expect(tables[0].note == "A period open on the day.")
    #expect(
      tables[0].columns.map(\.key) == ["2016", "2017", "2018", "2019", "2020", "2021", "2022"])
  }
}
