import Testing

@testable import CaseAudit

/// Three teams of 50 children: Alpha met all 50, Beta 10 and Gamma 43, around an overall 68.7%.
private func grouping() -> CensusConsistency.Grouping {
  func finding(_ met: Bool) -> [RuleFinding] {
    [
      RuleFinding(
        ruleID: "visits", outcome: met ? .met : .notMet, message: nil, evidence: [], items: [])
    ]
  }
  let cases =
    (0..<50).map { _ in ("Alpha", finding(true)) }
    + (0..<50).map { ("Beta", finding($0 < 10)) } + (0..<50).map { ("Gamma", finding($0 < 43)) }
  let table = ConsistencyTable(
    grouping: "team", rules: ["visits"], cases: cases.map { (unit: $0.0, findings: $0.1) })
  return CensusConsistency.Grouping(table: table, children: [50, 50, 50])
}

@Suite struct ConsistencySectionTests {
  /// By the exact binomial tails (p = 103/150, n = 50): 50 met is above 99.8%, 10 is
  /// below 99.8%, 43 is above 95% only (P(X >= 43) = 0.0042).
  @Test func unitsOutsideTheLimitsAreListedByNumberAndName() throws {
    let consistency = CensusConsistency(groupings: [grouping()], titles: ["Visits on time"])
    let section = ConsistencySection.section(consistency)
    let team = try #require(section.subsections.first)
    #expect(team.heading == "By team")
    let lists = team.blocks.compactMap { block -> [String]? in
      if case .list(let items) = block { return items }
      return nil
    }
    #expect(
      lists == [
        ["Visits on time: 1 Alpha (above 99.8%), 2 Beta (below 99.8%), 3 Gamma (above 95%)"]
      ])
    let key = try #require(team.tables.first)
    #expect(
      key.rows.map(\.cells) == [
        [.text("Alpha"), .count(50), .count(0), .count(1)],
        [.text("Beta"), .count(50), .count(1), .count(0)],
        [.text("Gamma"), .count(50), .count(0), .count(1)],
      ])
  }

  /// Every point of the plot carries its unit's number as text, so a reader can find it in the
  /// key.
  @Test func funnelPointsAreNumbered() throws {
    let svg = try #require(NumberedFunnelPlotSVG.render(grouping(), rule: 0))
    for number in 1...3 {
      #expect(svg.contains("font-weight=\"bold\">\(number)</text>"))
    }
    #expect(svg.contains("<title>2 Beta: 20.0% of 50</title>"))
  }
}
