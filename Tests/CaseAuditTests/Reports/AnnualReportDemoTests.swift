import Foundation
import Testing

@testable import CaseAudit

/// The IRO pack's annual report on Samples/demo-la, against counts taken here straight from the
/// CSV files (no expression, no pack function): the definitions the report states.
@Suite struct AnnualReportDemoTests {
  static let folder = Fixture.repositoryRoot + "/Samples/demo-la"

  /// The rows of a demo CSV file as dictionaries by column name (the demo has no quoted fields).
  static func rows(_ file: String) throws -> [[String: String]] {
    let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false)
      .map(String.init)
    return lines.map { line in
      let values = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return Dictionary(uniqueKeysWithValues: zip(header, values))
    }
  }

  /// The annual report's tables over the whole demo export for 2021-22, by id.
  static func tables() throws -> [String: ReportTable] {
    let pack = try #require(PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack)
    let report = try #require(pack.report("annual"))
    let data = ExportLoader.load(folder, schema: pack.schema).dataset
    let context = AuditContext(
      asAt: Day(iso: "2022-03-31"), periodStart: Day(iso: "2021-04-01"),
      periodEnd: Day(iso: "2022-03-31"))
    let rows = Array(0..<data.tables[pack.schema.caseType].count)
    let results = Scorer(pack: pack).score(data, context: context, rows: rows)
    let sections = ReportEvaluator(pack: pack).sections(
      report, data: data, context: context, caseRows: rows, results: results)
    return Dictionary(uniqueKeysWithValues: sections.flatMap(\.tables).map { ($0.id, $0) })
  }

  static func counts(_ table: ReportTable, row: String) -> [Int] {
    (table.rows.first { $0.key == row }?.cells ?? []).map { cell in
      if case .count(let count) = cell { return count }
      return -1
    }
  }

  @Test func lookedAfterOnEach31MarchMatchesThePeriodsFile() throws {
    let table = try #require(try Self.tables()["looked_after_on_31_march"])
    let days = (2016...2022).map { "\($0)-03-31" }
    #expect(table.columns.map(\.key) == (2016...2022).map(String.init))
    // ISO dates compare as text.
    let periods = try Self.rows("periods.csv")
    let expected = days.map { day in
      Set(
        periods.filter { p in p["start"]! <= day && (p["end"]!.isEmpty || p["end"]! > day) }
          .map { $0["child_id"]! }
      ).count
    }
    #expect(expected.contains { $0 > 0 })
    #expect(Self.counts(table, row: "looked_after") == expected)
  }

  @Test func reviewsHeldAndParticipationMatchTheReviewsFile() throws {
    let tables = try Self.tables()
    let reviews = try Self.rows("reviews.csv").filter { r in
      let held = r["held_on"]!
      return !held.isEmpty && held >= "2021-04-01" && held <= "2022-03-31"
        && r["cancelled"]!.lowercased() != "true"
    }
    let held = try #require(tables["reviews_held"])
    #expect(
      held.rows.map(\.key).prefix(4) == [
        "held", "within_timescale", "late",
        "insufficient_evidence",
      ])
    #expect(Self.counts(held, row: "held") == [reviews.count])
    let split = ["within_timescale", "late", "insufficient_evidence"].map {
      Self.counts(held, row: $0).first ?? 0
    }
    #expect(split.reduce(0, +) == reviews.count)
    let participation = try #require(tables["participation"])
    let codes = reviews.map { $0["participation"]! }
    let expected = [
      codes.filter { ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6"].contains($0) }.count,
      codes.filter { $0 == "PN7" }.count, codes.filter { $0 == "PN0" }.count,
      codes.filter(\.isEmpty).count,
    ]
    #expect(
      participation.rows.map(\.key) == [
        "participated", "did_not_participate", "under_4", "not_recorded", "total",
      ])
    #expect(
      participation.rows.map { Self.counts(participation, row: $0.key)[0] }
        == expected + [expected.reduce(0, +)])
  }

  @Test func escalationsByMonthMatchTheEscalationsFile() throws {
    let table = try #require(try Self.tables()["escalations_by_month"])
    let months = ["04", "05", "06", "07", "08", "09", "10", "11", "12", "01", "02", "03"]
    #expect(
      table.columns.map(\.key) == [
        "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "jan", "feb", "mar",
      ])
    let raised = try Self.rows("escalations.csv").map { $0["raised_on"]! }
    func year(_ first: String, _ last: String) -> [Int] {
      let inYear = raised.filter { $0 >= first && $0 <= last }
      return months.map { month in inYear.filter { $0.dropFirst(5).prefix(2) == month }.count }
    }
    #expect(Self.counts(table, row: "this_year") == year("2021-04-01", "2022-03-31"))
    #expect(Self.counts(table, row: "previous_year") == year("2020-04-01", "2021-03-31"))
  }

  /// Every pinned table is there with its pinned columns (a policy owner may add tables).
  @Test func everyPinnedTableHasItsPinnedColumns() throws {
    let tables = try Self.tables()
    let years = (2016...2022).map(String.init)
    let months = [
      "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "jan", "feb", "mar",
    ]
    let pinned: [String: [String]] = [
      "looked_after_on_31_march": years, "age_and_sex_on_31_march": years,
      "legal_status_on_31_march": years, "placement_on_31_march": years,
      "uasc_on_31_march": years, "age_on_becoming_looked_after": ["count"],
      "reviews_held": ["count"], "participation": ["count"], "escalations_by_month": months,
      "escalations_by_team_and_month": months, "escalations_by_theme_and_month": months,
      "escalation_resolution_time": ["count"], "escalations_resolved_at_stage": ["count"],
      "permanence_plan_on_as_at": ["count"], "ceased_by_reason": ["count"],
    ]
    for (id, columns) in pinned.sorted(by: { $0.key < $1.key }) {
      #expect(tables[id]?.columns.map(\.key) == columns, "\(id)")
    }
    let sexes = ["boys", "girls", "not_recorded"]
    let bands = ["under_1", "1_to_4", "5_to_9", "10_to_15", "16_and_over", "not_recorded"]
    #expect(
      tables["age_and_sex_on_31_march"]?.rows.map(\.key)
        == sexes.flatMap { sex in bands.map { "\(sex):\($0)" } } + ["total"])
    #expect(
      tables["age_on_becoming_looked_after"]?.rows.map(\.key)
        == (0...17).map(String.init) + ["18_and_over", "not_recorded", "total"])
    #expect(
      tables["escalations_resolved_at_stage"]?.rows.map(\.key)
        == [
          "informal", "stage1", "stage2", "stage3", "stage4", "cafcass", "not_recorded",
          "total",
        ])
  }
}
