import Testing

@testable import CaseAudit

/// The heat map's labels fit its picture (issue 10 item 4: its column headers were cut off).
@Suite struct HeatMapSVGTests {
  @Test func longRuleIdsAndUnitNamesAreNotCutOff() throws {
    let rules = ["views", "reviews_within_timescale_of_the_previous_one"]
    let unit = "A very long independent reviewing officer name"
    let findings = rules.map {
      RuleFinding(ruleID: $0, outcome: .met, message: nil, evidence: [], items: [])
    }
    let table = ConsistencyTable(grouping: "iro", rules: rules, cases: [(unit, findings)])
    let svg = HeatMapSVG.render(table)
    let viewBox = try #require(svg.range(of: "viewBox=\"0 0 "))
    let size = svg[viewBox.upperBound...].prefix { $0 != "\"" }.split(separator: " ")
    let (width, height) = (try #require(Double(size[0])), try #require(Double(size[1])))
    let longest = ChartSVG.textWidth(rules[1], size: 9)
    // The last rule's label starts above its column and rises up-right at 55°.
    let label = try #require(svg.range(of: ">\(rules[1])<"))
    let translate = try #require(
      svg.range(of: "translate(", options: .backwards, range: svg.startIndex..<label.lowerBound))
    let point = svg[translate.upperBound...].prefix { $0 != ")" }.split(separator: ",")
    let (x, y) = (try #require(Double(point[0])), try #require(Double(point[1])))
    #expect(y - longest * 0.82 >= 0)
    #expect(x + longest * 0.58 <= width)
    #expect(height > y)
    // The unit's name, right-aligned before the cells, starts inside the picture.
    let name = try #require(svg.range(of: ">\(unit)<"))
    let start = try #require(
      svg.range(of: "<text x=\"", options: .backwards, range: svg.startIndex..<name.lowerBound))
    let end = try #require(Double(svg[start.upperBound...].prefix { $0 != "\"" }))
    #expect(end - ChartSVG.textWidth(unit, size: 10) >= 0)
  }
}
