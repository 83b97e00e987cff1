/// A case's timeline (SVG): one lane per kind of record the case owns (periods, reviews, notes,
/// ...), records with a start and an end drawn as bars, others as ticks at their first date.
public enum TimelineSVG {
  private typealias S = MarkupText

  /// The timeline of a case over the window ending at `end` (the as-at date).
  public static func render(_ data: Dataset, caseRow: Int, end: Day, years: Int = 3) -> String {
    let schema = data.schema
    let start = end.adding(months: -12 * years) ?? .earliest
    let lanes = schema.relations.enumerated().filter { $0.element.target == schema.caseType }
    let (labelW, plotW, laneH) = (120.0, 560.0, 18.0)
    let height = 22 + laneH * Double(lanes.count)
    let span = Double(max(1, end.number - start.number))  // an as-at of 0001-01-01 has none
    let x = { (day: Day) in labelW + Double(day.number - start.number) / span * plotW }
    let label = "Timeline from \(start) to \(end)"
    var svg = ""
    // A case's timeline runs to a few kilobytes; growing the string step by step cost more than
    // writing it.
    svg.reserveCapacity(4096)
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(labelW + plotW + 8))"
    svg += " \(Int(height))\" role=\"img\" aria-label=\"\(label)\" class=\"timeline\">"
    svg += "<title>\(label)</title>"
    for year in stride(from: start.components.year + 1, through: end.components.year, by: 1) {
      let day = Day(year: year, month: 1, day: 1)!
      svg +=
        "<line x1=\"\(S.number(x(day)))\" x2=\"\(S.number(x(day)))\" y1=\"0\""
      svg += " y2=\"\(Int(height - 12))\" stroke=\"#ddd\"/><text x=\"\(S.number(x(day)))\""
      svg += " y=\"\(Int(height - 2))\" font-size=\"9\" text-anchor=\"middle\">\(year)</text>"
    }
    for (lane, (relation, definition)) in lanes.enumerated() {
      let y = 4 + laneH * Double(lane)
      svg += "<text x=\"\(Int(labelW - 6))\" y=\"\(S.number(y + 11))\" font-size=\"10\""
      svg +=
        " text-anchor=\"end\">"
        + S.escape(String(definition.name.map { $0 == "_" ? " " : $0 })) + "</text>"
      let type = schema.types[definition.source]
      let table = data.tables[definition.source]
      let dates = type.fields.indices.filter { type.fields[$0].type.base == .date }
      let startField = type.fieldIndex("start")
      let endField = type.fieldIndex("end")
      for row in data.lists[relation][caseRow].map(Int.init) {
        if let startField, let endField, case .date(let from) = table.columns[startField][row] {
          let to: Day
          if case .date(let day) = table.columns[endField][row] { to = day } else { to = end }
          guard to >= start, from <= end else { continue }
          let (a, b) = (x(max(from, start)), x(min(to, end)))
          svg += "<rect x=\"\(S.number(a))\" y=\"\(S.number(y + 3))\""
          svg += " width=\"\(S.number(max(1.5, b - a)))\" height=\"10\" fill=\"#90caf9\">"
          svg +=
            "<title>\(type.name) \(from) to \(to == end ? "now" : to.description)</title></rect>"
        } else if let field = dates.first, case .date(let day) = table.columns[field][row],
          day >= start, day <= end
        {
          svg += "<line x1=\"\(S.number(x(day)))\" x2=\"\(S.number(x(day)))\""
          svg +=
            " y1=\"\(S.number(y + 2))\" y2=\"\(S.number(y + 14))\" stroke=\"#37474f\""
          svg += " stroke-width=\"2\"><title>\(type.name) \(day)</title></line>"
        }
      }
    }
    return svg + "</svg>"
  }
}
