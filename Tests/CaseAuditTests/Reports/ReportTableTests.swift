import Testing

@testable import CaseAudit

private let report = """
  report: test
  title: Test report
  tables:
    - id: by_participation
      title: Held reviews by participation
      note: Held, not cancelled reviews.
      row_heading: Participation
      for_each: reviews.filter(r, held(r)) as r
      row: "r.participation ?? 'not_recorded'"
      rows: ["(codes of review.participation)", not_recorded]
      total: true
      shares: true
    - id: looked_after
      title: Looked after on 31 March
      note: A period open on the day.
      dates: years_back(date(2022, 3, 31), 3) as d
      date_key: year(d)
      where: "periods.exists(p, p.start <= d and (p.end == null or p.end > d))"
      row: "'looked_after'"
      rows: [looked_after: Looked after]
      chart: {kind: lines, value_label: Children}
    - id: on_time
      title: Held reviews by timeliness
      note: The outcome of on_time.
      for_each: reviews.filter(r, held(r)) as r
      row: "['held', rule_outcome('on_time', r)]"
      rows: [held, met: On time, not_met: Late, insufficient_evidence]
    - id: by_name_and_month
      title: Held reviews by child and month
      note: By the child's name.
      for_each: reviews.filter(r, held(r)) as r
      row: "child.name ?? 'not recorded'"
      rows: ["(others)", not recorded]
      column: month_key(r.held_on)
      columns: [apr, may, jun]
      total: true
      chart: {kind: bars, title: Reviews by month}
    - id: children
      title: Children by name
      note: Every child.
      row: "child.name == 'Ann' ? 'ann' : 'someone'"
      rows: [ann, other]
      unlisted: other
  """

private let labels = """
  review.participation: {PN0: Under 4, PN1: Participated}
  """

private let export = [
  "children.csv": "child_id,dob,name\nC1,2010-01-01,Ann\nC2,2011-01-01,Bo\nC3,2012-01-01,\n",
  "periods.csv": """
  period_id,child_id,start,end
  P1,C1,2019-04-01,2022-03-31
  P2,C2,2022-03-31,
  P3,C3,2020-03-31,2020-04-01

  """,
  "reviews.csv": """
  review_id,child_id,period_id,held_on,participation,cancelled,score
  R1,C1,P1,2021-04-10,PN1,false,3
  R2,C1,P1,2021-05-01,PN7,false,1
  R3,C1,P1,2021-05-02,PN1,true,3
  R4,C2,P2,2021-06-30,,false,
  R5,C3,P3,,PN0,false,2

  """,
]

@Suite struct ReportTableTests {
  @Test func tablesCountByRowsAndColumnsInTheirDeclaredOrder() throws {
    let loaded = ReportTableFixture.load(report: report, labels: labels)
    #expect(Fixture.diagnostics(loaded) == "")
    let pack = try #require(loaded.pack)
    let data = ReportTableFixture.data(export, schema: pack.schema)
    let sections = ReportTableFixture.sections(pack, data, AuditContext())
    #expect(sections.map(\.id) == pack.reports[0].tables.map(\.id))
    let tables = sections.flatMap(\.tables)
    #expect(
      tables.map(ReportTableFixture.text) == [
        """
        columns: count=Count
        PN0 | Under 4 | 0
        PN1 | Participated | 1
        PN7 | PN7 | 1
        not_recorded | Not recorded | 1
        total | Total | 3
        """,
        // A period ending on 31 March is not open that day; one starting on it is.
        """
        columns: 2020=2020, 2021=2021, 2022=2022
        looked_after | Looked after | 2 1 1
        """,
        """
        columns: count=Count
        held | Held | 3
        met | On time | 1
        not_met | Late | 1
        insufficient_evidence | Insufficient evidence | 1
        """,
        """
        columns: apr=Apr, may=May, jun=Jun
        Ann | Ann | 1 1 0
        Bo | Bo | 0 0 1
        not recorded | Not recorded | 0 0 0
        total | Total | 1 1 1
        """,
        """
        columns: count=Count
        ann | Ann | 1
        other | Other | 2
        """,
      ])
    #expect(tables[0].showsShares && !tables[1].showsShares)
    #expect(tables[0].rowHeading == "Participation")
    #expect(tables[0].note == "Held, not cancelled reviews.")
  }

  @Test func chartsDrawTheColumnsWithOneSeriesPerRowButTheTotal() throws {
    let pack = try #require(ReportTableFixture.load(report: report, labels: labels).pack)
    let data = ReportTableFixture.data(export, schema: pack.schema)
    let sections = ReportTableFixture.sections(pack, data, AuditContext())
    let charts = sections.flatMap(\.blocks).compactMap { block -> ReportChart? in
      if case .chart(let chart) = block { return chart }
      return nil
    }
    #expect(charts.map(\.title) == ["Looked after on 31 March", "Reviews by month"])
    #expect(charts.map(\.kind) == [.lines, .bars])
    #expect(charts[0].valueLabel == "Children" && charts[1].valueLabel == "Count")
    #expect(charts[0].categories == ["2020", "2021", "2022"])
    #expect(charts[0].series == [ReportChart.Series(name: "Looked after", values: [2, 1, 1])])
    #expect(
      charts[1].series == [
        ReportChart.Series(name: "Ann", values: [1, 1, 0]),
        ReportChart.Series(name: "Bo", values: [0, 0, 1]),
        ReportChart.Series(name: "Not recorded", values: [0, 0, 0]),
      ])
  }
}
