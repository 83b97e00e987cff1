/// A `ReportChart` as SVG: bars side by side per category, or lines with markers, on a value
/// axis from zero with round ticks and a legend. Category labels too long for their slot are
/// turned 45° and the chart grows to hold them, so no label is cut off or overlaps another.
public enum ChartSVG {
  private typealias S = MarkupText
  /// Series colours, told apart also in grey print (dark, mid, light alternate).
  static let palette = ["#1f4e9c", "#e08a1e", "#5aa0d8", "#7a3e9d", "#3a8f4a", "#b5384a"]
  /// A text's width in the chart's units, for a font size (an average glyph's width).
  static func textWidth(_ text: String, size: Double) -> Double {
    Double(text.count) * size * 0.58
  }

  /// The chart.
  public static func render(_ chart: ReportChart) -> String {
    let largest = chart.series.flatMap(\.values).compactMap { $0 }.filter(\.isFinite).max() ?? 0
    let axis = ChartAxis(largest: largest)
    let font = 11.0
    let tickWidth = axis.ticks.map { textWidth(axis.label($0), size: font) }.max() ?? 10
    let count = max(1, chart.categories.count)
    let plotW = max(360.0, min(720.0, Double(count) * 48))
    let slot = plotW / Double(count)
    let longest = chart.categories.map { textWidth($0, size: font) }.max() ?? 0
    let rotated = longest > slot - 4
    // A turned label reaches left of its slot by its length times cos 45°.
    let reachLeft = rotated ? max(0, longest * 0.71 - slot / 2) : 0
    let left = max(tickWidth + 24, reachLeft + 8)
    let top = 12.0
    let plotH = 220.0
    let labelsH = rotated ? longest * 0.71 + 16 : 20
    let legend = ChartLegend(names: chart.series.map(\.name), width: left + plotW, font: font)
    let width = left + plotW + 16
    let height = top + plotH + labelsH + legend.height + 8
    let y = { (value: Double) in top + plotH - value / axis.maximum * plotH }
    let description = ChartText.description(chart)
    var body = S.element("title", [:], S.escape(chart.title))
    body += S.element("desc", [:], S.escape(description))
    for tick in axis.ticks {
      body += S.element(
        "line",
        [
          "x1": S.number(left), "x2": S.number(left + plotW), "y1": S.number(y(tick)),
          "y2": S.number(y(tick)), "stroke": tick == 0 ? "#555" : "#dddddd",
        ])
      body += S.element(
        "text",
        [
          "x": S.number(left - 6), "y": S.number(y(tick) + 4), "text-anchor": "end",
          "font-size": S.number(font),
        ], axis.label(tick))
    }
    body += S.element(
      "text",
      [
        "transform": "translate(12,\(S.number(top + plotH / 2))) rotate(-90)",
        "text-anchor": "middle", "font-size": S.number(font),
      ], S.escape(chart.valueLabel))
    for (index, category) in chart.categories.enumerated() {
      let x = left + slot * (Double(index) + 0.5)
      let baseline = top + plotH + 14
      let attributes: KeyValuePairs<String, String> =
        rotated
        ? [
          "transform": "translate(\(S.number(x + 4)),\(S.number(baseline - 4))) rotate(-45)",
          "text-anchor": "end", "font-size": S.number(font),
        ]
        : [
          "x": S.number(x), "y": S.number(baseline), "text-anchor": "middle",
          "font-size": S.number(font),
        ]
      body += S.element("text", attributes, S.escape(category))
    }
    body += marks(chart, slot: slot, left: left, y: y)
    body += legend.svg(top: top + plotH + labelsH + 4, left: left)
    return S.element(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(width)) \(Int(height))",
        "width": String(Int(width)), "role": "img", "aria-label": description, "class": "chart",
      ], body)
  }

  /// The bars or lines.
  private static func marks(
    _ chart: ReportChart, slot: Double, left: Double, y: (Double) -> Double
  ) -> String {
    var out = ""
    let series = chart.series.count
    for (number, line) in chart.series.enumerated() {
      let colour = palette[number % palette.count]
      var points: [String] = []
      for (index, value) in line.values.enumerated() where index < chart.categories.count {
        guard let value, value.isFinite else {
          if chart.kind == .lines, points.count > 1 {
            out += S.element(
              "polyline",
              [
                "fill": "none", "stroke": colour, "stroke-width": "2",
                "points": points.joined(separator: " "),
              ])
          }
          points = []
          continue
        }
        let tip = S.element(
          "title", [:],
          S.escape("\(line.name), \(chart.categories[index]): \(ChartText.value(value))"))
        switch chart.kind {
        case .bars:
          let group = slot * 0.8
          let barW = group / Double(max(1, series))
          let x = left + slot * Double(index) + slot * 0.1 + barW * Double(number)
          out += S.element(
            "rect",
            [
              "x": S.number(x), "y": S.number(y(value)), "width": S.number(max(1, barW - 1)),
              "height": S.number(max(0, y(0) - y(value))), "fill": colour,
            ], tip)
        case .lines:
          let x = left + slot * (Double(index) + 0.5)
          points.append("\(S.number(x)),\(S.number(y(value)))")
          out += S.element(
            "circle",
            ["cx": S.number(x), "cy": S.number(y(value)), "r": "3.5", "fill": colour], tip)
        }
      }
      if chart.kind == .lines, points.count > 1 {
        out += S.element(
          "polyline",
          [
            "fill": "none", "stroke": colour, "stroke-width": "2",
            "points": points.joined(separator: " "),
          ])
      }
    }
    return out
  }
}
