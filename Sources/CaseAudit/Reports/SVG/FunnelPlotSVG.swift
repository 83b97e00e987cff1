/// A funnel plot (SVG) of one rule: each unit's compliance against its number of decided cases,
/// with 95% and 99.8% exact binomial limits around the overall rate.
public enum FunnelPlotSVG {
  /// The plot, or nil when the rule has no decided case.
  public static func render(_ table: ConsistencyTable, rule index: Int) -> String? {
    guard let overall = table.overall[index] else { return nil }
    let points = table.units.indices.compactMap { unit -> (String, Int, Double, FunnelLimits.Position?)? in
      let cell = table.cells[unit][index]
      guard let rate = cell.rate else { return nil }
      return (table.units[unit], cell.decided, rate, cell.position)
    }
    let maxN = max(5, points.map(\.1).max() ?? 5)
    let (width, height, left, top, plotW, plotH) = (420.0, 260.0, 48.0, 12.0, 352.0, 210.0)
    let x = { (n: Double) in left + n / Double(maxN) * plotW }
    let y = { (rate: Double) in top + (1 - rate) * plotH }
    func curve(_ limit: (FunnelLimits) -> Double) -> String {
      (1...maxN).map { n in
        "\(SVGText.number(x(Double(n)))),\(SVGText.number(y(limit(FunnelLimits(n: n, rate: overall)))))"
      }.joined(separator: " ")
    }
    let label = SVGText.escape("Funnel plot of \(table.rules[index]) by \(table.grouping)")
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\""
    svg += " role=\"img\" aria-label=\"\(label)\" class=\"funnel\">"
    svg += "<title>\(label)</title>"
    svg += "<rect x=\"\(Int(left))\" y=\"\(Int(top))\" width=\"\(Int(plotW))\" height=\"\(Int(plotH))\" fill=\"#fafafa\" stroke=\"#999\"/>"
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
      svg += "<text x=\"\(Int(left - 4))\" y=\"\(SVGText.number(y(tick) + 4))\" text-anchor=\"end\" font-size=\"10\">\(Int(tick * 100))%</text>"
    }
    svg += "<text x=\"\(Int(left + plotW / 2))\" y=\"\(Int(height - 4))\" text-anchor=\"middle\" font-size=\"10\">cases decided (0 to \(maxN))</text>"
    svg += "<line x1=\"\(Int(left))\" x2=\"\(Int(left + plotW))\" y1=\"\(SVGText.number(y(overall)))\" y2=\"\(SVGText.number(y(overall)))\" stroke=\"#333\"/>"
    for (limit, dash) in [({ (f: FunnelLimits) in f.inner.lowerBound }, "4 3"), ({ $0.inner.upperBound }, "4 3"), ({ $0.outer.lowerBound }, "1 2"), ({ $0.outer.upperBound }, "1 2")] {
      svg += "<polyline fill=\"none\" stroke=\"#555\" stroke-dasharray=\"\(dash)\" points=\"\(curve(limit))\"/>"
    }
    for (name, n, rate, position) in points {
      let colour = position == .within || position == nil ? "#1f6feb" : (rate < overall ? "#c62828" : "#2e7d32")
      svg += "<circle cx=\"\(SVGText.number(x(Double(n))))\" cy=\"\(SVGText.number(y(rate)))\" r=\"4\" fill=\"\(colour)\">"
      svg += "<title>\(SVGText.escape(name)): \(ReportFormatting.percent(rate)) of \(n)</title></circle>"
    }
    return svg + "</svg>"
  }
}
