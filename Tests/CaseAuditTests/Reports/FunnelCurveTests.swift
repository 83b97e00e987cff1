import Testing

@testable import CaseAudit

@Suite struct FunnelCurveTests {
  /// The one-pass limits agree with FunnelLimits, which sums log-gamma terms per quantile.
  @Test(arguments: [0.03, 0.5, 0.87, 0.999])
  func agreesWithFunnelLimits(rate: Double) {
    for n in [1, 2, 7, 50, 333, 1200] {
      let fast = FunnelCurve.limits(n: n, rate: rate)
      let exact = FunnelLimits(n: n, rate: rate)
      for (a, b) in [
        (fast.inner.lowerBound, exact.inner.lowerBound),
        (fast.inner.upperBound, exact.inner.upperBound),
        (fast.outer.lowerBound, exact.outer.lowerBound),
        (fast.outer.upperBound, exact.outer.upperBound),
      ] {
        #expect(abs(a - b) < 1e-9, "n \(n), rate \(rate): \(a) against \(b)")
      }
    }
  }
}

@Suite struct LabelPlacementTests {
  /// Six points on one spot and three close by still get labels that cover no other label
  /// and no point, inside the plot.
  @Test func crowdedLabelsDoNotOverlap() {
    let centres = Array(repeating: (100.0, 100.0), count: 6) + [(104, 98), (96, 103), (110, 100)]
    let labels = centres.enumerated().map { ("\($0.offset + 1)", $0.element.0, $0.element.1) }
    let bounds = LabelPlacement.Box(x: 0, y: 0, width: 300, height: 200)
    let spots = LabelPlacement.place(labels, radius: 4, bounds: bounds)
    for (index, spot) in spots.enumerated() {
      #expect(spot.box.inside(bounds))
      for other in spots[(index + 1)...] { #expect(!spot.box.overlaps(other.box)) }
      for centre in centres {
        let dot = LabelPlacement.Box(x: centre.0 - 4, y: centre.1 - 4, width: 8, height: 8)
        #expect(!spot.box.overlaps(dot))
      }
    }
  }
}
