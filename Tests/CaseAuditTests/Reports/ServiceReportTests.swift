import Foundation
import Testing

@testable import CaseAudit

@Suite struct ServiceReportTests {
  /// Counted by hand: reviews_scored applies to C1 (both reviews 5 or more: met), C2 (3: not
  /// met) and C3 (no score: insufficient), not to C4 (no review); old_enough to all four (C1
  /// and C4 met, C2 aged 2 not met, C3 without dob insufficient).
  @Test func complianceByStandardCountsCasesByOutcome() throws {
    let census = try CensusFixture.census()
    let table = ComplianceByStandard.table(rules: census.scorer.rules, results: census.results)
    #expect(table.id == "compliance_by_standard")
    #expect(
      table.columns.map(\.key) == ["applicable", "met", "not_met", "insufficient_evidence"])
    #expect(table.rows.map(\.key) == ["reviews_scored", "old_enough"])
    #expect(
      table.rows.map(\.label) == [
        "Every held review scores 5 or more", "Aged 5 or over at the as-at date",
      ])
    #expect(
      table.rows.map(\.cells) == [[3, 1, 1, 1], [4, 2, 1, 1]].map { $0.map { .count($0) } })
  }

  /// By first review's chair: Ada holds C1 and C3, Bea C2, and C4 has no chair.
  @Test func consistencyCountsEveryChildByUnit() throws {
    let consistency = CensusConsistency(census: try CensusFixture.census())
    let grouping = try #require(consistency.groupings.first)
    #expect(grouping.table.grouping == "chair")
    #expect(grouping.table.units == ["Ada", "Bea", "no chair"])
    #expect(grouping.children == [2, 1, 1])
    let counts = grouping.table.cells.map { $0.map { [$0.met, $0.decided] } }
    #expect(counts == [[[1, 1], [1, 1]], [[0, 1], [0, 1]], [[0, 0], [1, 1]]])
    #expect(grouping.table.overall == [0.5, 2.0 / 3.0])
  }

  @Test func headlineTakesItsFiguresFromThePackReportTables() {
    func table(_ id: String, _ columns: [String], _ rows: [(String, [Int])]) -> ReportTable {
      ReportTable(
        id: id, title: id, rowHeading: "",
        columns: columns.map { ReportColumn(key: $0, label: $0) },
        rows: rows.map { ReportRow(key: $0.0, label: $0.0, cells: $0.1.map { .count($0) }) })
    }
    let this = [
      table(
        "permanence_plan_on_as_at", ["count"],
        [
          ("adoption", [3]), ("other", [2]),
          ("total", [5]),
        ]),
      table(
        "reviews_held", ["count"],
        [
          ("held", [10]), ("within_timescale", [6]),
          ("late", [2]), ("insufficient_evidence", [2]),
        ]),
      table(
        "participation", ["count"],
        [
          ("participated", [4]), ("did_not_participate", [1]),
          ("under_4", [3]), ("not_recorded", [2]),
        ]),
      table(
        "escalations_by_month", ["apr", "may"],
        [
          ("this_year", [2, 3]),
          ("previous_year", [1, 1]),
        ]),
    ]
    let previous = Array(this.dropFirst())
    let headline = ServiceHeadline.table(
      this: this, previous: previous, thisLabel: "2021-22", previousLabel: "2020-21")
    #expect(headline.columns.map(\.label) == ["2021-22", "2020-21"])
    #expect(
      headline.rows.map(\.key) == [
        "looked_after_at_as_at", "reviews_held", "reviews_on_time", "participation",
        "escalations_raised",
      ])
    #expect(
      headline.rows.map(\.cells) == [
        [.count(5), .empty], [.count(10), .count(10)],
        [.proportion(0.75, places: 1), .proportion(0.75, places: 1)],
        [.proportion(0.8, places: 1), .proportion(0.8, places: 1)], [.count(5), .count(5)],
      ])
    let without = ServiceHeadline.table(
      this: previous, previous: nil, thisLabel: "2021-22", previousLabel: "2020-21")
    #expect(without.rows[0].cells == [.empty, .empty])
    #expect(
      without.note?.hasSuffix(
        " Not shown, as the pack's report has no table to take it from: Children looked after"
          + " at the as-at date.") == true)
  }

  /// An export without escalations: the table counts none, but its cases are uncounted, so the
  /// headline shows no figure rather than a zero.
  @Test func aFigureFromATableWithUncountedCasesIsNotShown() {
    var escalations = ReportTable(
      id: "escalations_by_month", title: "E", rowHeading: "Year",
      columns: [ReportColumn(key: "apr", label: "Apr")],
      rows: [
        ReportRow(key: "this_year", label: "This year", cells: [.count(0)]),
        ReportRow(key: "previous_year", label: "Previous year", cells: [.count(0)]),
      ])
    escalations.uncountedCases = 3
    let headline = ServiceHeadline.table(
      this: [escalations], previous: [escalations], thisLabel: "2021-22",
      previousLabel: "2020-21")
    #expect(headline.rows.last?.key == "escalations_raised")
    #expect(headline.rows.last?.cells == [.empty, .empty])
    #expect(
      headline.note?.hasSuffix(
        " Not shown, as its table could not count some cases or items (see the table):"
          + " Escalations raised.") == true)
  }

  /// The pinned shape: exactly these keys at every level, values numbers or null.
  @Test func reportJSONHasExactlyThePinnedShape() throws {
    let report = ServiceReport(
      census: try CensusFixture.census(), reportID: "annual", reportTitle: "Annual report",
      sections: [], previousSections: nil)
    let text = try ServiceReportJSON(report: report).render()
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(
      Set(root.keys) == [
        "schema_version", "report", "pack", "period", "as_at", "data_fingerprint", "tables",
        "consistency", "notes",
      ])
    #expect(root["notes"] as? [String] == [])
    #expect(root["schema_version"] as? Int == 1)
    #expect(root["as_at"] as? String == "2022-03-31")
    #expect(root["data_fingerprint"] as? String == "data-fingerprint")
    let identity = try #require(root["report"] as? [String: String])
    #expect(identity == ["id": "annual", "title": "Annual report"])
    #expect(
      Set(try #require(root["pack"] as? [String: String]).keys) == [
        "id", "version", "fingerprint",
      ])
    #expect(root["period"] as? [String: String] == ["start": "2021-04-01", "end": "2022-03-31"])
    let tables = try #require(root["tables"] as? [[String: Any]])
    #expect(tables.count == 1)
    for table in tables {
      #expect(Set(table.keys) == ["id", "title", "columns", "rows"])
      for column in try #require(table["columns"] as? [[String: Any]]) {
        #expect(Set(column.keys) == ["key", "label"])
      }
      for row in try #require(table["rows"] as? [[String: Any]]) {
        #expect(Set(row.keys) == ["key", "label", "values"])
        #expect((row["values"] as? [Any])?.allSatisfy { $0 is NSNumber || $0 is NSNull } == true)
      }
    }
    let compliance = [
      #"{"columns":[{"key":"applicable","label":"Applicable"},{"key":"met","label":"Met"},"#,
      #"{"key":"not_met","label":"Not met"},{"key":"insufficient_evidence","#,
      #""label":"Insufficient evidence"}],"id":"compliance_by_standard","#,
      #""rows":[{"key":"reviews_scored","label":"Every held review scores 5 or more","#,
      #""values":[3,1,1,1]},{"key":"old_enough","label":"Aged 5 or over at the as-at"#,
      #" date","values":[4,2,1,1]}],"title":"Compliance by standard"}"#,
    ].joined()
    #expect(text.contains(compliance))
  }

  /// The consistency member, in full for the fixture.
  @Test func reportJSONConsistencyShape() throws {
    let report = ServiceReport(
      census: try CensusFixture.census(), reportID: "annual", reportTitle: "Annual report",
      sections: [], previousSections: nil)
    let text = try ServiceReportJSON(report: report).render()
    let start = try #require(text.range(of: #""consistency":"#)).upperBound
    let end = try #require(text.range(of: #","data_fingerprint""#)).lowerBound
    let expected = [
      #"{"children":4,"definition":"Every child of the export, each counted under the unit"#,
      #" that holds it at the as-at date.","#,
      #""groupings":[{"grouping":"chair","standards":[{"decided":2,"met":1,"rate":0.5,"#,
      #""rule_id":"reviews_scored","units":[{"decided":1,"met":1,"number":1,"#,
      #""position":"within","rate":1},{"decided":1,"met":0,"number":2,"#,
      #""position":"within","rate":0},{"decided":0,"met":0,"number":3,"position":null,"#,
      #""rate":null}]},{"decided":3,"met":2,"rate":0.6666666666666666,"#,
      #""rule_id":"old_enough","units":[{"decided":1,"met":1,"number":1,"#,
      #""position":"within","rate":1},{"decided":1,"met":0,"number":2,"#,
      #""position":"within","rate":0},{"decided":1,"met":1,"number":3,"#,
      #""position":"within","rate":1}]}],"units":[{"children":2,"number":1,"unit":"Ada"},"#,
      #"{"children":1,"number":2,"unit":"Bea"},{"children":1,"number":3,"#,
      #""unit":"no chair"}]}]}"#,
    ].joined()
    #expect(String(text[start..<end]) == expected)
  }
}
