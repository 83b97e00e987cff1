/// A chart in words, for screen readers (`aria-label`), Markdown and the workbook-free reader.
enum ChartText {
  /// One sentence per series: `Bar chart of T (V): 2021-22: Apr 3, May 5, …`.
  static func description(_ chart: ReportChart) -> String {
    let kind = chart.kind == .bars ? "Bar chart" : "Line chart"
    let series = chart.series.map { line in
      let values = zip(chart.categories, line.values).map { category, value in
        "\(category) " + (value.map(Self.value) ?? "none")
      }
      return "\(line.name): " + values.joined(separator: ", ")
    }
    return "\(kind) of \(chart.title) (\(chart.valueLabel)). " + series.joined(separator: "; ")
  }

  /// A value as shown: whole numbers plainly, others with up to two decimals.
  static func value(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let digits = abs(hundredths)
    let fraction = digits % 100
    var text = "\(sign)\(digits / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }
}
