/// A chart's legend: a swatch and name per series, laid out in rows that wrap at the chart's
/// width, so a long series name moves to the next row instead of running off the picture.
struct ChartLegend: Sendable {
  private typealias S = MarkupText
  /// Each entry's name and position (row, x offset).
  private var entries: [(name: String, row: Int, x: Double)] = []
  /// The font size.
  private let font: Double
  /// The legend's height.
  let height: Double

  /// Lays out the names within `width`.
  init(names: [String], width: Double, font: Double) {
    self.font = font
    var row = 0
    var x = 0.0
    for name in names {
      let entryW = 18 + ChartSVG.textWidth(name, size: font) + 16
      if x > 0, x + entryW > width {
        row += 1
        x = 0
      }
      entries.append((name, row, x))
      x += entryW
    }
    height = names.count < 2 ? 0 : Double(row + 1) * (font + 8)
  }

  /// The legend's SVG, its first row at `top`; none for a single series.
  func svg(top: Double, left: Double) -> String {
    guard entries.count > 1 else { return "" }
    var out = ""
    for (index, entry) in entries.enumerated() {
      let y = top + Double(entry.row) * (font + 8)
      let x = left + entry.x
      out += S.element(
        "rect",
        [
          "x": S.number(x), "y": S.number(y), "width": "12", "height": "12",
          "fill": ChartSVG.palette[index % ChartSVG.palette.count],
        ])
      out += S.element(
        "text", ["x": S.number(x + 18), "y": S.number(y + 10), "font-size": S.number(font)],
        S.escape(entry.name))
    }
    return out
  }
}
