import Foundation
import Testing

@testable import CaseAudit

/// The IRO pack as shipped, whose schema and rules the reproductions of issue 8 use.
private let shipped = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro")

private func load(_ files: [String: String], mapping: ExportMapping? = nil) throws
  -> ImportResult
{
  let pack = try #require(shipped.pack)
  return CanonicalImporter(schema: pack.schema, mapping: mapping).load(
    files: files.mapValues { Array($0.utf8) }, directory: "export")
}

/// Every diagnostic but the missing-file warnings (these exports give only a few files).
private func rendered(_ result: ImportResult) -> [String] {
  result.diagnostics.filter { $0.kind != "missing file" }.map { $0.rendered() }
}

/// Each review's id and period, in review order.
private func periods(of result: ImportResult) throws -> [String] {
  let schema = result.dataset.schema
  let review = try #require(schema.typeIndex("review"))
  let field = try #require(schema.types[review].fieldIndex("period_id"))
  let table = result.dataset.tables[review]
  return (0..<table.count).map { row in
    let key = result.dataset.key(of: RecordRef(type: review, row: row))
    return "\(key) \(table.columns[field].text(row) ?? "-")"
  }
}

/// The items of one rule for the first case, as `id outcome`.
private func items(_ rule: String, _ data: Dataset, asAt: String? = nil) throws -> [String] {
  let pack = try #require(shipped.pack)
  let context = AuditContext(asAt: asAt.flatMap { Day(iso: $0) })
  let result = Scorer(pack: pack, only: [rule]).score(data, context: context)
  let finding = try #require(result.first?.findings.first)
  if finding.items.isEmpty { return [finding.outcome.rawValue] }
  return finding.items.map { "\($0.itemID) \($0.outcome.rawValue)" }
}

private let child = "child_id,dob\nC0000001,2010-02-01\n"
private let period = "period_id,child_id,start,end\nP1,C0000001,2021-03-15,\n"
/// Issue 8's child C0000001: its second review has no period_id.
private let reviews = """
  review_id,child_id,period_id,held_on
  R1,C0000001,P1,2021-04-13
  R2,C0000001,,2021-07-02
  R3,C0000001,P1,2021-12-20

  """

@Suite struct ReviewAttributionTests {
  @Test func aReviewWithNoPeriodIdBelongsToThePeriodContainingIt() throws {
    let result = try load(["children.csv": child, "periods.csv": period, "reviews.csv": reviews])
    #expect(try periods(of: result) == ["R1 P1", "R2 P1", "R3 P1"])
    #expect(rendered(result) == [])
    // R3 is timed from R2, six months on, not from R1 (due 2021-07-13).
    #expect(
      try items("reviews_within_timescale", result.dataset) == ["R1 met", "R2 met", "R3 met"])
  }

  @Test func thePermanencePlanIsJudgedAtTheRealSecondReview() throws {
    let plans = "plan_id,child_id,plan,recorded_on\nPP1,C0000001,adoption,2021-09-01\n"
    let result = try load([
      "children.csv": child, "periods.csv": period, "reviews.csv": reviews,
      "permanence_plans.csv": plans,
    ])
    // Taking R3 for the second review, a plan of 2021-09-01 was met.
    #expect(try items("permanence_plan_by_second_review", result.dataset) == ["P1 not_met"])
  }

  @Test func aFileWithoutThePeriodColumnHasEveryReviewPlaced() throws {
    let result = try load([
      "children.csv": child, "periods.csv": period,
      "reviews.csv": "review_id,child_id,held_on\nR1,C0000001,2021-04-13\n",
    ])
    #expect(try periods(of: result) == ["R1 P1"])
    #expect(try items("reviews_within_timescale", result.dataset) == ["R1 met"])
  }

  @Test func aReviewInNoPeriodOrTwoOrWithNoDateIsReportedAndStaysUnplaced() throws {
    let periods2 = """
      period_id,child_id,start,end
      P1,C0000001,2021-03-15,2021-06-30
      P2,C0000001,2021-06-30,
      P3,C0000001,2020-01-01,not a date

      """
    let reviews2 = """
      review_id,child_id,period_id,held_on
      R0,C0000001,,2019-05-01
      R1,C0000001,,2021-06-30
      R2,C0000001,,
      R3,C0000001,P1,2021-04-13
      R4,C0000001,,2020-02-03

      """
    let result = try load(["children.csv": child, "periods.csv": periods2, "reviews.csv": reviews2])
    let consequence = ": its period is unknown, so rules that need it give insufficient evidence"
    #expect(
      rendered(result) == [
        "export/periods.csv:4:4: error: 'not a date' is not a date (YYYY-MM-DD) for 'end'",
        "export/reviews.csv:2:4: warning: period_id is empty and the review held on '2019-05-01'"
          + " falls in no period of care of the child" + consequence,
        "export/reviews.csv:3:4: warning: period_id is empty and the review held on '2021-06-30'"
          + " falls in 2 periods of care of the child ('P1', 'P2')" + consequence,
        "export/reviews.csv:4:4: warning: period_id and held_on are empty: the review's period is"
          + " unknown, so rules that need it give insufficient evidence",
        // P3 is excluded for its error: the review is placed among the periods that loaded.
        "export/reviews.csv:6:4: warning: period_id is empty and the review held on '2020-02-03'"
          + " falls in no period of care of the child" + consequence,
      ])
    #expect(try periods(of: result) == ["R0 -", "R4 -", "R3 P1", "R1 -", "R2 -"])
    #expect(result.counts[3].loaded == 5)
  }

  @Test func aReviewNamingAnExcludedPeriodIsExcludedWithIt() throws {
    let result = try load([
      "children.csv": child,
      "periods.csv": "period_id,child_id,start,end\nP1,C0000001,2021-13-15,\n",
      "reviews.csv": "review_id,child_id,period_id,held_on\nR1,C0000001,P1,2021-04-13\n",
    ])
    #expect(
      rendered(result) == [
        "export/periods.csv:2:3: error: '2021-13-15' is not a date (YYYY-MM-DD) for 'start'",
        "export/reviews.csv:2:3: error: period_id 'P1' names no loaded period (its row 2 in"
          + " periods.csv is excluded for errors)",
      ])
    #expect(result.counts[3].excluded == 1)
  }

  @Test func aMappedExportIsAttributedToo() throws {
    let text = """
      types:
        review:
          file: LAC_Reviews.csv
          columns: {review_id: ReviewRef, child_id: PersonID, period_id: CareRef, held_on: Held}

      """
    let pack = try #require(shipped.pack)
    let (loaded, problems) = ExportMappingLoader.load(
      SourceFile(path: "mapping.yaml", text: text), schema: pack.schema)
    #expect(problems.map { $0.rendered() } == [])
    let mapping = try #require(loaded)
    let result = try load(
      [
        "children.csv": child, "periods.csv": period,
        "LAC_Reviews.csv": "ReviewRef,PersonID,CareRef,Held\nR1,C0000001,P1,2021-04-13\n"
          + "R2,C0000001,,2021-07-02\nR3,C0000001,P1,2021-12-20\n",
      ], mapping: mapping)
    #expect(try periods(of: result) == ["R1 P1", "R2 P1", "R3 P1"])
    #expect(
      try items("reviews_within_timescale", result.dataset) == ["R1 met", "R2 met", "R3 met"])
  }
}
