/// A heat map (SVG) of units by rules: each cell shaded by compliance, with met/decided.
public enum HeatMapSVG {
  private typealias S = MarkupText

  /// The heat map of a consistency table.
  public static func render(_ table: ConsistencyTable) -> String {
    let (cellW, cellH) = (46.0, 22.0)
    // Room for the longest labels: unit names at the left; rule ids turned 55° above the
    // cells, which rise by sin 55° and reach right by cos 55° of their length.
    let longestUnit = table.units.map { ChartSVG.textWidth($0, size: 10) }.max() ?? 0
    let longestRule = table.rules.map { ChartSVG.textWidth($0, size: 9) }.max() ?? 0
    let labelW = max(60, longestUnit + 12)
    let headH = max(30, longestRule * 0.82 + 10)
    let width = labelW + cellW * Double(table.rules.count) + max(20, longestRule * 0.58 + 4)
    let height = headH + cellH * Double(table.units.count) + 4
    let label = "Compliance by \(table.grouping) and rule"
    var body = S.element("title", [:], S.escape(label))
    for (column, rule) in table.rules.enumerated() {
      let x = labelW + cellW * Double(column) + cellW / 2
      body += S.element(
        "text",
        [
          "transform": "translate(\(S.number(x)),\(S.number(headH - 4))) rotate(-55)",
          "font-size": "9",
        ],
        S.escape(rule))
    }
    for (row, unit) in table.units.enumerated() {
      let y = headH + cellH * Double(row)
      body += S.element(
        "text",
        [
          "x": S.number(labelW - 6), "y": S.number(y + 15), "text-anchor": "end", "font-size": "10",
        ],
        S.escape(unit))
      for (column, cell) in table.cells[row].enumerated() {
        let x = labelW + cellW * Double(column)
        body += S.element(
          "rect",
          [
            "x": S.number(x), "y": S.number(y), "width": S.number(cellW - 2),
            "height": S.number(cellH - 2), "fill": cell.rate.map(colour) ?? "#eeeeee",
          ])
        body += S.element(
          "text",
          [
            "x": S.number(x + cellW / 2 - 1), "y": S.number(y + 14), "text-anchor": "middle",
            "font-size": "9",
          ], cell.decided == 0 ? "-" : "\(cell.met)/\(cell.decided)")
      }
    }
    return S.element(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(width)) \(Int(height))",
        "width": String(Int(width)), "role": "img", "aria-label": label, "class": "heatmap",
      ], body)
  }

  /// Red (0%) through amber (70%) to green (100%).
  static func colour(_ rate: Double) -> String {
    let red = (229.0, 115.0, 115.0)
    let amber = (255.0, 213.0, 79.0)
    let green = (129.0, 199.0, 132.0)
    let (from, to, t) = rate <= 0.7 ? (red, amber, rate / 0.7) : (amber, green, (rate - 0.7) / 0.3)
    func channel(_ a: Double, _ b: Double) -> String {
      let value = Int((a + (b - a) * t).rounded())
      return (value < 16 ? "0" : "") + String(value, radix: 16)
    }
    return "#" + channel(from.0, to.0) + channel(from.1, to.1) + channel(from.2, to.2)
  }
}
