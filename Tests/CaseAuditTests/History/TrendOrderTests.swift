import Foundation
import GRDB
import Testing

@testable import CaseAudit

/// One recorded audit of rule `r`: its as-at date and each sampled case's outcome.
private struct Recorded {
  var asAt: String
  var outcomes: [(String, Outcome)]
}

/// Writes audits into a new history in the order given (ids 1, 2, ...) and hands it over.
private func withHistory(_ audits: [Recorded], _ body: (HistoryStore) throws -> Void) throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("caseaudit-trend-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: folder) }
  let store = try HistoryStore(path: folder.path + "/history.sqlite")
  try store.database.write { db in
    for (index, audit) in audits.enumerated() {
      let id = index + 1
      try db.execute(
        sql: """
          INSERT INTO audit VALUES (?, 'p', 'P', 'p.yaml', ?, NULL, ?, '1', 'iro', '1', 'f',
            'd', 100, 0, '2026-01-01T00:00:00Z', 1, 0)
          """, arguments: [id, audit.asAt, audit.asAt])
      for (caseID, outcome) in audit.outcomes {
        try db.execute(
          sql: "INSERT INTO sample VALUES (?, ?, '', '00', NULL, NULL)", arguments: [id, caseID])
        try db.execute(
          sql: "INSERT INTO finding VALUES (?, ?, 'r', '', ?, NULL, '')",
          arguments: [id, caseID, outcome.rawValue])
      }
    }
  }
  try body(store)
}

/// Cases named `prefix` + two digits over a range, each with an outcome.
private func cases(_ prefix: String, _ range: ClosedRange<Int>, _ outcome: Outcome)
  -> [(String, Outcome)]
{
  range.map { (prefix + ($0 < 10 ? "0" : "") + String($0), outcome) }
}

/// Trends follow the audits' as-at dates, not the order they were recorded; the reported audit is
/// compared with the one before it by as-at date, by Fisher's exact test when the two samples
/// are disjoint and by McNemar's exact test on the shared cases when they overlap.
@Suite struct TrendOrderTests {
  /// Audit 1 as at 2021-12-31 (15 of 20 met), 2 as at 2022-03-31 (3 of 10, no case shared),
  /// 3 as at 2021-09-30 (recorded late), 4 as at 2022-02-28 sharing 16 cases with audit 1: of
  /// those, 7 met then not met, 1 not met then met, 7 alike, 1 insufficient now.
  private let audits = [
    Recorded(
      asAt: "2021-12-31", outcomes: cases("c", 0...14, .met) + cases("c", 15...19, .notMet)),
    Recorded(
      asAt: "2022-03-31", outcomes: cases("d", 0...2, .met) + cases("d", 3...9, .notMet)),
    Recorded(asAt: "2021-09-30", outcomes: cases("e", 0...4, .met)),
    Recorded(
      asAt: "2022-02-28",
      outcomes: cases("c", 4...10, .notMet) + cases("c", 11...15, .met)
        + cases("c", 16...18, .notMet) + cases("c", 19...19, .insufficientEvidence)
        + cases("c", 20...23, .met)),
  ]

  @Test func auditsRecordedOutOfOrderAreShownInAsAtOrder() throws {
    try withHistory(audits) { store in
      let third = try #require(try store.trends(plan: "p", upTo: 3).first)
      #expect(third.points.map(\.asAt) == ["2021-09-30", "2021-12-31", "2022-03-31"])
      // Audit 3 is the earliest by as-at date: there is no previous audit to compare it with.
      #expect(third.comparison == nil)
      let fourth = try #require(try store.trends(plan: "p", upTo: 4).first)
      #expect(fourth.points.map(\.auditID) == [3, 1, 4, 2])
      #expect(fourth.comparison?.previous.auditID == 1)
      #expect(fourth.comparison?.current.auditID == 4)
    }
  }

  /// scipy.stats.fisher_exact([[15, 5], [3, 7]]).pvalue = 0.04504011730398537 (SciPy 1.17).
  @Test func disjointSamplesAreComparedByFishersExactTest() throws {
    try withHistory(audits) { store in
      let comparison = try #require(try store.trends(plan: "p", upTo: 2).first?.comparison)
      #expect(comparison.sharedCases == 0)
      #expect(comparison.test == .fisherExact)
      #expect(abs(try #require(comparison.pValue) - 0.04504011730398537) < 1e-12)
    }
  }

  /// scipy.stats.binomtest(1, 8, 0.5).pvalue = 0.0703125 (SciPy 1.17): McNemar's exact test on
  /// 7 cases met then not met and 1 not met then met.
  @Test func overlappingSamplesAreComparedByMcNemarsExactTest() throws {
    try withHistory(audits) { store in
      let trends = try store.trends(plan: "p", upTo: 4)
      let comparison = try #require(trends.first?.comparison)
      #expect(comparison.sharedCases == 16)
      #expect(comparison.cases == (20, 20))
      #expect(comparison.decidedInBoth == 15)
      #expect(comparison.metThenNotMet == 7)
      #expect(comparison.notMetThenMet == 1)
      #expect(comparison.test == .mcNemarExact)
      #expect(abs(try #require(comparison.pValue) - 0.0703125) < 1e-12)
      #expect(
        Trend.method(trends)
          == "Each rule's compliance in this plan's audits, in order of their as-at dates (then"
          + " period), with 95% Wilson intervals. The change from the audit before this one by"
          + " as-at date (2021-12-31, audit 1) is tested with McNemar's exact test on the cases"
          + " sampled in both and decided in both: the samples overlap (16 of this audit's 20"
          + " cases were also among the 20 of the audit before), and a case audited twice is not"
          + " two independent observations, as Fisher's exact test would assume. Cases in only"
          + " one of the two audits do not enter the paired test.")
    }
  }

  /// McNemar's exact p-values against scipy.stats.binomtest(min(b, c), b + c, 0.5).pvalue
  /// (SciPy 1.17): (3, 7) 0.34375; (0, 1) 1.0; (5, 0) 0.0625; (2, 10) 0.03857421875; and 1 when
  /// no case changed.
  @Test(arguments: [(3, 7, 0.34375), (0, 1, 1.0), (5, 0, 0.0625), (2, 10, 0.03857421875),
    (0, 0, 1.0)])
  func mcNemarsExactTestAgreesWithSciPy(worse: Int, better: Int, expected: Double) throws {
    let point = Trend.Point(auditID: 1, asAt: "2022-03-31", met: 5, decided: 10)
    let comparison = Trend.Comparison(
      previous: point, current: point, cases: (10, 10), sharedCases: 10,
      decidedInBoth: worse + better, metThenNotMet: worse, notMetThenMet: better)
    #expect(abs(try #require(comparison.pValue) - expected) < 1e-12)
  }
}
