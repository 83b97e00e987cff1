/// A heat map (SVG) of units by rules: each cell shaded by compliance, with met/decided.
public enum HeatMapSVG {
  /// The heat map of a consistency table.
  public static func render(_ table: ConsistencyTable) -> String {
    let (labelW, cellW, cellH, headH) = (170.0, 46.0, 22.0, 120.0)
    let width = labelW + cellW * Double(table.rules.count) + 90
    let height = headH + cellH * Double(table.units.count) + 4
    let label = SVGText.escape("Compliance by \(table.grouping) and rule")
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\""
    svg += " role=\"img\" aria-label=\"\(label)\" class=\"heatmap\"><title>\(label)</title>"
    for (column, rule) in table.rules.enumerated() {
      let x = labelW + cellW * Double(column) + cellW / 2
      svg += "<text transform=\"translate(\(SVGText.number(x)),\(Int(headH - 4))) rotate(-55)\" font-size=\"9\">\(SVGText.escape(rule))</text>"
    }
    for (row, unit) in table.units.enumerated() {
      let y = headH + cellH * Double(row)
      svg += "<text x=\"\(Int(labelW - 6))\" y=\"\(SVGText.number(y + 15))\" text-anchor=\"end\" font-size=\"10\">\(SVGText.escape(unit))</text>"
      for (column, cell) in table.cells[row].enumerated() {
        let x = labelW + cellW * Double(column)
        let fill = cell.rate.map(colour) ?? "#eeeeee"
        svg += "<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(Int(cellW - 2))\" height=\"\(Int(cellH - 2))\" fill=\"\(fill)\"/>"
        let text = cell.decided == 0 ? "-" : "\(cell.met)/\(cell.decided)"
        svg += "<text x=\"\(SVGText.number(x + cellW / 2 - 1))\" y=\"\(SVGText.number(y + 14))\" text-anchor=\"middle\" font-size=\"9\">\(text)</text>"
      }
    }
    return svg + "</svg>"
  }

  /// Red (0%) through amber to green (100%).
  static func colour(_ rate: Double) -> String {
    let stops: [(Double, (Int, Int, Int))] = [(0, (229, 115, 115)), (0.7, (255, 213, 79)), (1, (129, 199, 132))]
    let (r, g, b): (Int, Int, Int)
    if rate <= stops[1].0 {
      let t = rate / stops[1].0
      (r, g, b) = mix(stops[0].1, stops[1].1, t)
    } else {
      let t = (rate - stops[1].0) / (1 - stops[1].0)
      (r, g, b) = mix(stops[1].1, stops[2].1, t)
    }
    func hex(_ v: Int) -> String { (v < 16 ? "0" : "") + String(v, radix: 16) }
    return "#" + hex(r) + hex(g) + hex(b)
  }

  private static func mix(_ a: (Int, Int, Int), _ b: (Int, Int, Int), _ t: Double) -> (Int, Int, Int) {
    func lerp(_ x: Int, _ y: Int) -> Int { Int((Double(x) + (Double(y) - Double(x)) * t).rounded()) }
    return (lerp(a.0, b.0), lerp(a.1, b.1), lerp(a.2, b.2))
  }
}
