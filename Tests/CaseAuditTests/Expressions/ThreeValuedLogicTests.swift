import Testing

@testable import CaseAudit

/// A case with one review whose fields are all empty and one that is cancelled.
private let mixed = """
  reviews:
    - {review_id: R1}
    - {review_id: R2, held_on: 2021-06-01, cancelled: true, participation: PN1, score: 3}
  """

/// R1, the review whose fields are all empty (it sorts last: records with no date go last).
private let r1 = "reviews.filter(r, r.review_id == 'R1').first()"

/// `U` is an unknown boolean (the empty `cancelled` of R1); `T` and `F` are known.
private func value(_ expression: String) throws -> Value {
  let expanded = expression.replacingOccurrences(of: "U", with: r1 + ".cancelled")
    .replacingOccurrences(of: "T", with: "true").replacingOccurrences(of: "F", with: "false")
  return try Fixture.evaluate(expanded, case: mixed)
}

@Suite struct ThreeValuedLogicTests {
  @Test(arguments: [
    ("U and T", Value.null), ("T and U", .null), ("U and F", .bool(false)),
    ("F and U", .bool(false)), ("U and U", .null), ("T and T", .bool(true)),
    ("U or T", .bool(true)), ("T or U", .bool(true)), ("U or F", .null), ("F or U", .null),
    ("U or U", .null), ("F or F", .bool(false)),
    ("not U", .null), ("not T", .bool(false)), ("not F", .bool(true)),
    ("U == T", .null), ("U != T", .null), ("U == null", .bool(true)), ("U != null", .bool(false)),
    ("null == U", .bool(true)), ("(U ? 1 : 2) == null", .bool(true)), ("U ?? T", .bool(true)),
  ])
  func logic(expression: String, expected: Value) throws {
    #expect(try value(expression) == expected)
  }

  @Test(arguments: [
    ("R1.held_on < 2021-01-01", Value.null),
    ("R1.held_on >= 2021-01-01", .null),
    ("R1.score + 1", .null),
    ("R1.score * 2", .null),
    ("-R1.score", .null),
    ("R1.held_on + 3 months", .null),
    ("R1.held_on - 20 working_days", .null),
    ("R1.participation in ['PN1']", .null),
    ("R1.participation not in ['PN1']", .null),
    ("R1.held_on in audit.period", .null),
    ("days_between(R1.held_on, 2021-01-01)", .null),
    ("age_on(dob, 2021-01-01)", .null),
    ("reviews.nth(5).held_on", .null),
    ("R1.period.start", .null),
    ("has(R1.held_on)", .bool(false)),
    ("has(R2.held_on)", .bool(true)),
    ("R1.held_on ?? 2020-01-02", .date(Day(iso: "2020-01-02")!)),
  ])
  func unknownOperandsGiveUnknown(expression: String, expected: Value) throws {
    let expanded = expression.replacingOccurrences(of: "R1.", with: r1 + ".")
      .replacingOccurrences(of: "R2.", with: "reviews.first().")
    #expect(try Fixture.evaluate(expanded, case: mixed) == expected)
  }

  @Test(arguments: [
    ("reviews.exists(r, r.cancelled)", Value.bool(true)),
    ("reviews.exists(r, r.cancelled == false)", .null),
    ("reviews.exists(r, r.review_id == 'R9')", .bool(false)),
    ("reviews.all(r, r.cancelled)", .null),
    ("reviews.all(r, r.review_id != 'R9')", .bool(true)),
    ("reviews.all(r, r.cancelled == false)", .bool(false)),
    ("reviews.none(r, r.cancelled)", .bool(false)),
    ("reviews.none(r, r.cancelled == false)", .null),
    ("reviews.count(r, r.cancelled)", .int(1)),
    ("reviews.count(r, not r.cancelled)", .int(0)),
    ("reviews.filter(r, not r.cancelled).count()", .int(0)),
    ("reviews.min(r, r.held_on).review_id", .string("R2")),
    ("reviews.map(r, r.review_id)", .list([.string("R2"), .string("R1")])),
  ])
  func quantifiersOverUnknownItems(expression: String, expected: Value) throws {
    #expect(try Fixture.evaluate(expression, case: mixed) == expected)
  }

  @Test func shortCircuitSkipsTheOtherSide() throws {
    // The right side would be unknown; `false and` and `true or` never look at it.
    #expect(try value("F and reviews.nth(9).cancelled") == .bool(false))
    #expect(try value("T or reviews.nth(9).cancelled") == .bool(true))
  }
}
