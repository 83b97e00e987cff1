/// A funnel plot (SVG) of one standard over a census: each unit's compliance against its number
/// of decided cases, with exact binomial 95% and 99.8% limits around the overall rate, as for
/// audits; each point carries its unit's number (a key table names them) and the axes are fitted
/// to the units, since a census's units all hold many cases.
public enum NumberedFunnelPlotSVG {
  private typealias S = MarkupText

  /// Drawn geometry: the plot area inside the picture.
  private static let (width, height, left, top, plotW, plotH) =
    (640.0, 330.0, 52.0, 12.0, 572.0, 280.0)
  /// Most limit values computed per curve (evenly spread over the unit sizes shown).
  private static let curvePoints = 120

  /// The plot of rule `index` for a grouping, or nil when the standard has no decided case.
  public static func render(_ grouping: CensusConsistency.Grouping, rule index: Int) -> String? {
    let table = grouping.table
    guard let overall = table.overall[index] else { return nil }
    let points = table.units.indices.compactMap { unit -> Point? in
      let cell = table.cells[unit][index]
      guard let rate = cell.rate else { return nil }
      return Point(
        number: grouping.number(ofUnit: unit), n: cell.decided, rate: rate,
        position: cell.position ?? .within)
    }
    let (lowN, highN) = range(of: points.map(\.n))
    let ns = curveSizes(lowN, highN)
    let curves = ns.map { FunnelCurve.limits(n: $0, rate: overall) }
    // Fitted to the points and the limits at the smallest unit; the curves below are clipped.
    let smallest = FunnelCurve.limits(n: max(1, points.map(\.n).min() ?? 1), rate: overall)
    let lowest = ([overall, smallest.outer.lowerBound] + points.map(\.rate)).min() ?? 0
    let lowY = max(0, ((lowest - 0.02) * 20).rounded(.down) / 20)
    let x = { (n: Double) in left + (n - Double(lowN)) / Double(highN - lowN) * plotW }
    let y = { (rate: Double) in top + (1 - max(lowY, rate)) / (1 - lowY) * plotH }
    let label = "Funnel plot of \(table.rules[index]) by \(table.grouping)"
    var body = S.element("title", [:], S.escape(label))
    body += S.element(
      "rect",
      [
        "x": S.number(left), "y": S.number(top), "width": S.number(plotW),
        "height": S.number(plotH), "fill": "#fafafa", "stroke": "#999",
      ])
    body += axes(lowY: lowY, lowN: lowN, highN: highN, y: y)
    body += S.element(
      "line",
      [
        "x1": S.number(left), "x2": S.number(left + plotW), "y1": S.number(y(overall)),
        "y2": S.number(y(overall)), "stroke": "#333",
      ])
    let limits: [(KeyPath<FunnelLimits, Double>, String)] = [
      (\.inner.lowerBound, "4 3"), (\.inner.upperBound, "4 3"),
      (\.outer.lowerBound, "1 2"), (\.outer.upperBound, "1 2"),
    ]
    for (limit, dash) in limits {
      let line = zip(ns, curves).map { n, curve in
        "\(S.number(x(Double(n)))),\(S.number(y(curve[keyPath: limit])))"
      }
      body += S.element(
        "polyline",
        [
          "fill": "none", "stroke": "#555", "stroke-dasharray": dash,
          "points": line.joined(separator: " "),
        ])
    }
    body += marks(points, table: table, overall: overall, x: x, y: y)
    return S.element(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(width)) \(Int(height))",
        "role": "img", "aria-label": label, "class": "funnel",
      ], body)
  }

  private struct Point {
    var number: Int
    var n: Int
    var rate: Double
    var position: FunnelLimits.Position
  }

  /// The unit sizes shown: from 0 (or from well below the smallest unit when every unit is
  /// large) to a little beyond the largest.
  private static func range(of sizes: [Int]) -> (Int, Int) {
    let smallest = sizes.min() ?? 0
    let largest = max(5, sizes.max() ?? 5)
    let low = smallest > 40 ? Int(Double(smallest) * 0.6) : 0
    return (low, max(low + 5, Int((Double(largest) * 1.08).rounded(.up))))
  }

  /// The sizes at which limits are computed: every size, or evenly spread ones when many.
  private static func curveSizes(_ low: Int, _ high: Int) -> [Int] {
    let first = max(1, low)
    guard high - first > curvePoints else { return Array(first...high) }
    let step = Double(high - first) / Double(curvePoints)
    return (0...curvePoints).map { first + Int((Double($0) * step).rounded()) }
  }

  private static func axes(lowY: Double, lowN: Int, highN: Int, y: (Double) -> Double) -> String {
    let step = 1 - lowY <= 0.3 ? 0.05 : (1 - lowY <= 0.6 ? 0.1 : 0.25)
    var body = ""
    var tick = 1.0
    while tick >= lowY - 1e-9 {
      body += S.element(
        "text",
        [
          "x": S.number(left - 4), "y": S.number(y(tick) + 4), "text-anchor": "end",
          "font-size": "10",
        ], "\(Int((tick * 100).rounded()))%")
      tick -= step
    }
    body += S.element(
      "text",
      [
        "x": S.number(left + plotW / 2), "y": S.number(height - 8), "text-anchor": "middle",
        "font-size": "11",
      ], "children with the standard decided (\(lowN) to \(highN))")
    return body
  }

  private static func marks(
    _ points: [Point], table: ConsistencyTable, overall: Double, x: (Double) -> Double,
    y: (Double) -> Double
  ) -> String {
    let centres = points.map { (x(Double($0.n)), y($0.rate)) }
    let spots = LabelPlacement.place(
      zip(points, centres).map { ("\($0.number)", $1.0, $1.1) }, radius: 4,
      bounds: .init(x: left, y: top, width: plotW, height: plotH))
    var dots = ""
    var labels = ""
    for ((point, centre), spot) in zip(zip(points, centres), spots) {
      let colour =
        point.position == .within ? "#1f6feb" : (point.rate < overall ? "#c62828" : "#2e7d32")
      let name = table.units[point.number - 1]
      let tip = "\(point.number) \(name): \(ReportFormatting.percent(point.rate)) of \(point.n)"
      dots += S.element(
        "circle",
        ["cx": S.number(centre.0), "cy": S.number(centre.1), "r": "4", "fill": colour],
        S.element("title", [:], S.escape(tip)))
      let box = spot.box
      if spot.leader {
        labels += S.element(
          "line",
          [
            "x1": S.number(centre.0), "y1": S.number(centre.1),
            "x2": S.number(box.x + box.width / 2), "y2": S.number(box.y + box.height / 2),
            "stroke": "#888", "stroke-width": "0.6",
          ])
      }
      labels += S.element(
        "text",
        [
          "x": S.number(box.x + 1), "y": S.number(box.y + box.height - 2), "font-size": "10",
          "fill": colour, "font-weight": "bold",
        ], "\(point.number)")
    }
    return dots + labels
  }
}
