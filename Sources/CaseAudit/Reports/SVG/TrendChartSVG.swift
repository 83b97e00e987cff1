/// A small line chart (SVG) of one rule's compliance over a plan's audits, with intervals.
public enum TrendChartSVG {
  private typealias S = MarkupText

  /// The chart of a trend.
  public static func render(_ trend: Trend) -> String {
    let (width, height, left, top, plotW, plotH) = (300.0, 150.0, 40.0, 10.0, 215.0, 110.0)
    let count = max(1, trend.points.count - 1)
    let x = { (index: Int) in left + Double(index) / Double(count) * plotW }
    let y = { (rate: Double) in top + (1 - rate) * plotH }
    let label = "Compliance with \(trend.ruleID) by audit"
    var body = S.element("title", [:], S.escape(label))
    body += S.element(
      "rect",
      [
        "x": S.number(left), "y": S.number(top), "width": S.number(plotW),
        "height": S.number(plotH), "fill": "#fafafa", "stroke": "#999",
      ])
    for tick in [0.0, 0.5, 1.0] {
      body += S.element(
        "text",
        [
          "x": S.number(left - 4), "y": S.number(y(tick) + 4), "text-anchor": "end",
          "font-size": "9",
        ],
        "\(Int(tick * 100))%")
    }
    var line: [String] = []
    for (index, point) in trend.points.enumerated() {
      guard let rate = point.compliance, let interval = point.interval else { continue }
      body += S.element(
        "line",
        [
          "x1": S.number(x(index)), "x2": S.number(x(index)),
          "y1": S.number(y(interval.lowerBound)),
          "y2": S.number(y(interval.upperBound)), "stroke": "#90caf9", "stroke-width": "3",
        ])
      line.append("\(S.number(x(index))),\(S.number(y(rate)))")
      body += S.element(
        "circle", ["cx": S.number(x(index)), "cy": S.number(y(rate)), "r": "3", "fill": "#1f6feb"],
        S.element("title", [:], S.escape("\(point.asAt): \(point.met) of \(point.decided)")))
      body += S.element(
        "text",
        [
          "x": S.number(x(index)), "y": S.number(height - 8), "text-anchor": "middle",
          "font-size": "8",
        ],
        S.escape(point.asAt))
    }
    body += S.element(
      "polyline", ["fill": "none", "stroke": "#1f6feb", "points": line.joined(separator: " ")])
    return S.element(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(width)) \(Int(height))",
        "role": "img", "aria-label": label, "class": "trend",
      ], body)
  }
}
