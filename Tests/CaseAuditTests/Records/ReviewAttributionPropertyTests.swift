import Testing

@testable import CaseAudit

/// Reviews without a `period_id` placed among seeded periods (overlapping, open, spelt with
/// precomposed or decomposed accents) must get the period a plain computation over `String`s
/// finds: the one period of the same child containing the review's date, else none.
@Suite struct ReviewAttributionPropertyTests {
  private static let shipped = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro")

  /// A child's id in one of its two spellings (é precomposed or decomposed).
  private static func childID(_ child: Int, _ decomposed: Bool) -> String {
    "C\(child)" + (child % 3 == 0 ? (decomposed ? "e\u{301}" : "\u{E9}") : "")
  }

  @Test func placedReviewsHaveThePeriodAPlainSearchFinds() throws {
    let pack = try #require(Self.shipped.pack)
    for seed: UInt64 in 1...3 {
      var generator = SplitMix(state: seed)
      let children = 40
      var childRows = "child_id,dob\n"
      for child in 0..<children { childRows += Self.childID(child, false) + ",2010-01-01\n" }
      // Each period: id, child, first and last day numbers (nil while open).
      var spans: [(id: String, child: Int, start: Int, end: Int?)] = []
      var periodRows = "period_id,child_id,start,end\n"
      for index in 0..<120 {
        let child = Int.random(in: 0..<children, using: &generator)
        let start = Int.random(in: 18_000...18_600, using: &generator)
        let length = Int.random(in: 0...200, using: &generator)
        let end = Bool.random(using: &generator) ? nil : start + length
        let id = "P\(index)" + (index % 4 == 0 ? "\u{C5}" : "")
        spans.append((id, child, start, end))
        let endText = end.map { Day(number: $0).description } ?? ""
        periodRows +=
          "\(id),\(Self.childID(child, Bool.random(using: &generator))),"
          + "\(Day(number: start)),\(endText)\n"
      }
      var reviewRows = "review_id,child_id,period_id,held_on\n"
      var expected: [String: String] = [:]
      for index in 0..<300 {
        let child = Int.random(in: 0..<children, using: &generator)
        let day = Int.random(in: 17_950...18_850, using: &generator)
        let id = "R\(index)"
        // Some reviews name their period (decomposed, where it has an accent).
        let given = Int.random(in: 0..<5, using: &generator) == 0
        let containing = spans.filter {
          $0.child == child && $0.start <= day && ($0.end.map { day <= $0 } ?? true)
        }
        let own = spans.filter { $0.child == child }
        let named = given && !own.isEmpty ? own.randomElement(using: &generator)!.id : nil
        expected[id] = named ?? (containing.count == 1 ? containing[0].id : "-")
        let cell = named.map { $0.decomposedStringWithCanonicalMapping } ?? ""
        reviewRows +=
          "\(id),\(Self.childID(child, Bool.random(using: &generator))),\(cell),"
          + "\(Day(number: day))\n"
      }
      let result = CanonicalImporter(schema: pack.schema).load(
        files: [
          "children.csv": childRows, "periods.csv": periodRows, "reviews.csv": reviewRows,
        ].mapValues { Array($0.utf8) }, directory: "export")
      let schema = result.dataset.schema
      let review = try #require(schema.typeIndex("review"))
      let field = try #require(schema.types[review].fieldIndex("period_id"))
      let table = result.dataset.tables[review]
      var found: [String: String] = [:]
      for row in 0..<table.count {
        let key = result.dataset.key(of: RecordRef(type: review, row: row))
        found["\(key)"] = table.columns[field].text(row) ?? "-"
      }
      // Compared as `String`s: the spelling kept is the column's first.
      #expect(found == expected)
      let placedCount = expected.values.filter { $0 != "-" }.count
      let warned = result.diagnostics.filter {
        $0.kind == "review outside care" || $0.kind == "review in overlapping periods"
      }
      #expect(warned.count == 300 - placedCount)
    }
  }
}
