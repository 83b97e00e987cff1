import Foundation
import Testing

@testable import CaseAudit

/// Charts drawn as SVG: round ticks, labels turned when long and never off the picture, text
/// escaped, a title and a label for screen readers.
@Suite struct ChartSVGTests {
  @Test func axisTicksAreRound() {
    let counts = ChartAxis(largest: 515)
    #expect(counts.ticks == [0, 100, 200, 300, 400, 500, 600])
    let shares = ChartAxis(largest: 0.37)
    #expect(shares.ticks.map(shares.label) == ["0.0", "0.1", "0.2", "0.3", "0.4"])
    #expect(ChartAxis(largest: 0).ticks == [0, 1])
    #expect(ChartAxis(largest: 7).ticks == [0, 2, 4, 6, 8])
  }

  @Test func shortLabelsStandLongOnesTurnWithinThePicture() throws {
    let short = ChartSVG.render(
      ReportChart(
        title: "T", kind: .bars, categories: ["2021", "2022"], valueLabel: "Children",
        series: [.init(name: "a", values: [1, 2])]))
    #expect(!short.contains("rotate(-45)"))
    let long = "No team recorded for this escalation at all"
    let svg = ChartSVG.render(
      ReportChart(
        title: "Escalations <by team>", kind: .lines, categories: [long, "B"],
        valueLabel: "Escalations", series: [.init(name: "2021-22", values: [3, nil])]))
    #expect(svg.contains("rotate(-45)"))
    #expect(svg.contains("<title>Escalations &lt;by team&gt;</title>"))
    #expect(
      svg.contains(
        "aria-label=\"Line chart of Escalations &lt;by team&gt; (Escalations). 2021-22: \(long)"
          + " 3, B none\""))
    // The first label ends at its slot's centre and runs up-left at 45°: its left end must be
    // inside the picture, and its lowest point above the picture's bottom.
    let label = try #require(svg.range(of: ">\(long)<"))
    let translate = try #require(
      svg.range(of: "translate(", options: .backwards, range: svg.startIndex..<label.lowerBound))
    let numbers = svg[translate.upperBound...].prefix { $0 != ")" }.split(separator: ",")
    let x = try #require(Double(numbers[0]))
    #expect(x - ChartSVG.textWidth(long, size: 11) * 0.71 >= 0)
    let viewBox = try #require(svg.range(of: "viewBox=\"0 0 "))
    let size = svg[viewBox.upperBound...].prefix { $0 != "\"" }.split(separator: " ")
    let y = try #require(Double(numbers[1]))
    let height = try #require(Double(size[1]))
    #expect(y + 4 <= height)
  }
}
