import Testing

@testable import CaseAudit

/// The funnel's limit curves pass through a bounded number of points (issue 11, item 3: one
/// point per case made a plot of n cases cost O(n²), the HTML report quadratic).
@Suite struct FunnelPlotSVGTests {
  @Test func curvesPassThroughEverySmallCountThenBoundedSteps() {
    #expect(FunnelPlotSVG.curveCounts(5) == [1, 2, 3, 4, 5])
    #expect(FunnelPlotSVG.curveCounts(30) == Array(1...30))
    for maxN in [31, 150, 4_000, 100_000] {
      let counts = FunnelPlotSVG.curveCounts(maxN)
      #expect(Array(counts.prefix(30)) == Array(1...30))
      #expect(counts.last == maxN)
      #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 < $1 })
      #expect(counts.count <= 30 + 121 + 1, "\(maxN): \(counts.count) points")
    }
  }
}
