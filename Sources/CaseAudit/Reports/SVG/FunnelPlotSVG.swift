/// A funnel plot (SVG) of one rule: each unit's compliance against its number of decided cases,
/// with 95% and 99.8% exact binomial limits around the overall rate.
public enum FunnelPlotSVG {
  private typealias S = MarkupText

  /// The plot, or nil when the rule has no decided case.
  public static func render(_ table: ConsistencyTable, rule index: Int) -> String? {
    guard let overall = table.overall[index] else { return nil }
    let points = table.units.indices.compactMap { unit -> (String, Int, Double, Bool)? in
      let cell = table.cells[unit][index]
      guard let rate = cell.rate else { return nil }
      return (table.units[unit], cell.decided, rate, cell.position == .within)
    }
    let maxN = max(5, points.map(\.1).max() ?? 5)
    let (width, height, left, top, plotW, plotH) = (420.0, 260.0, 48.0, 12.0, 352.0, 210.0)
    let x = { (n: Double) in left + n / Double(maxN) * plotW }
    let y = { (rate: Double) in top + (1 - rate) * plotH }
    // Each limit costs O(n) to compute, so the curves are drawn through a bounded number of
    // points (every n up to 30, where they bend most, then about 120 across the plot), shared
    // by the four curves: the plot's cost grows linearly with the cases, not quadratically.
    let counts = curveCounts(maxN)
    let limitsAt = counts.map { FunnelCurve.limits(n: $0, rate: overall) }
    func curve(_ limit: (FunnelLimits) -> Double) -> String {
      zip(counts, limitsAt).map { n, limits in
        "\(S.number(x(Double(n)))),\(S.number(y(limit(limits))))"
      }.joined(separator: " ")
    }
    let label = "Funnel plot of \(table.rules[index]) by \(table.grouping)"
    var body = S.element("title", [:], S.escape(label))
    body += S.element(
      "rect",
      [
        "x": S.number(left), "y": S.number(top), "width": S.number(plotW),
        "height": S.number(plotH), "fill": "#fafafa", "stroke": "#999",
      ])
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
      body += S.element(
        "text",
        [
          "x": S.number(left - 4), "y": S.number(y(tick) + 4), "text-anchor": "end",
          "font-size": "10",
        ],
        "\(Int(tick * 100))%")
    }
    body += S.element(
      "text",
      [
        "x": S.number(left + plotW / 2), "y": S.number(height - 4), "text-anchor": "middle",
        "font-size": "10",
      ], "cases decided (0 to \(maxN))")
    body += S.element(
      "line",
      [
        "x1": S.number(left), "x2": S.number(left + plotW), "y1": S.number(y(overall)),
        "y2": S.number(y(overall)), "stroke": "#333",
      ])
    let limits: [((FunnelLimits) -> Double, String)] = [
      ({ $0.inner.lowerBound }, "4 3"), ({ $0.inner.upperBound }, "4 3"),
      ({ $0.outer.lowerBound }, "1 2"), ({ $0.outer.upperBound }, "1 2"),
    ]
    for (limit, dash) in limits {
      body += S.element(
        "polyline",
        ["fill": "none", "stroke": "#555", "stroke-dasharray": dash, "points": curve(limit)])
    }
    for (name, n, rate, within) in points {
      let colour = within ? "#1f6feb" : (rate < overall ? "#c62828" : "#2e7d32")
      let tip = "\(name): \(ReportFormatting.percent(rate)) of \(n)"
      body += S.element(
        "circle",
        ["cx": S.number(x(Double(n))), "cy": S.number(y(rate)), "r": "4", "fill": colour],
        S.element("title", [:], S.escape(tip)))
    }
    return S.element(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(width)) \(Int(height))",
        "role": "img", "aria-label": label, "class": "funnel",
      ], body)
  }

  /// The case counts the limit curves pass through: 1 to 30, then steps of about a 120th of
  /// the axis, and the axis' end.
  static func curveCounts(_ maxN: Int) -> [Int] {
    let step = max(1, maxN / 120)
    var counts = Array(1...min(maxN, 30))
    var n = 30 + step
    while n < maxN {
      counts.append(n)
      n += step
    }
    if counts.last != maxN { counts.append(maxN) }
    return counts
  }
}
