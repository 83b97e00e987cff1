/// The consistency section of the service report: for each grouping, the heat map, the key
/// that names each numbered unit, the units outside the limits per standard, and a funnel plot
/// per standard.
public enum ConsistencySection {
  private typealias F = ReportFormatting

  /// The section, with one subsection per grouping.
  public static func section(_ consistency: CensusConsistency) -> ReportSection {
    ReportSection(
      id: "consistency", heading: "Consistency",
      blocks: [
        .paragraph(
          "Who is counted: \(consistency.definition) \(consistency.children) children are"
            + " counted."),
        .paragraph(introduction),
      ]
        + consistency.notShown.map {
          .paragraph("Not shown by \($0.grouping): the export does not provide \($0.missing).")
        },
      subsections: consistency.groupings.map { subsection($0, titles: consistency.titles) })
  }

  static let introduction =
    "Each unit's compliance with each standard over the children counted under it (cases met"
    + " over cases met or not met). In the funnel plots the solid line is the"
    + " service's overall rate and the dashed and dotted curves its exact binomial 95% and"
    + " 99.8% limits for a unit of that many decided cases; a unit is outside them when its"
    + " binomial tail probability is below 2.5% or 0.1%. Points are numbered as in the key;"
    + " red points lie below the limits, green above."

  private static func subsection(
    _ grouping: CensusConsistency.Grouping, titles: [String]
  ) -> ReportSection {
    let table = grouping.table
    let name = table.grouping
    var blocks: [ReportBlock] = [
      .figure(
        ReportFigure(
          caption: "Compliance by \(name) and standard (children met / decided)",
          svg: HeatMapSVG.render(table), description: heatMapDescription(grouping))),
      .table(key(grouping)),
    ]
    let outside = titles.indices.compactMap { rule -> String? in
      let units = grouping.outside(rule: rule)
      guard !units.isEmpty else { return nil }
      let named = units.map {
        "\(grouping.number(ofUnit: $0.unit)) \(table.units[$0.unit]) (\(F.position($0.position)))"
      }
      return "\(titles[rule]): " + named.joined(separator: ", ")
    }
    if outside.isEmpty {
      blocks.append(.paragraph("No \(name) lies outside the 95% limits of any standard."))
    } else {
      blocks.append(.paragraph("Outside the limits, by standard:"))
      blocks.append(.list(outside))
    }
    for rule in titles.indices {
      guard let svg = NumberedFunnelPlotSVG.render(grouping, rule: rule) else { continue }
      blocks.append(
        .figure(
          ReportFigure(
            caption: "\(titles[rule]), by \(name)", svg: svg,
            description: funnelDescription(grouping, rule: rule))))
    }
    return ReportSection(id: "consistency_\(name)", heading: "By \(name)", blocks: blocks)
  }

  /// The key to the numbered points: each unit's name, the children it holds and how many
  /// standards place it below or above the 95% limits.
  static func key(_ grouping: CensusConsistency.Grouping) -> ReportTable {
    let table = grouping.table
    let rows = table.units.indices.map { unit -> ReportRow in
      let positions = table.cells[unit].compactMap(\.position)
      let below = positions.filter { $0 == .belowInner || $0 == .belowOuter }.count
      let above = positions.filter { $0 == .aboveInner || $0 == .aboveOuter }.count
      let number = "\(grouping.number(ofUnit: unit))"
      return ReportRow(
        key: number, label: number,
        cells: [
          .text(table.units[unit]), .count(grouping.children[unit]), .count(below),
          .count(above),
        ])
    }
    return ReportTable(
      id: "consistency_\(table.grouping)", title: "Key to the \(table.grouping) plots",
      note: "Children: the children counted under each \(table.grouping) (see who is counted,"
        + " above). Below and above: the standards on which it lies outside the 95% limits.",
      rowHeading: "No.",
      columns: [
        ReportColumn(key: "name", label: "Name"), ReportColumn(key: "children", label: "Children"),
        ReportColumn(key: "standards_below", label: "Standards below"),
        ReportColumn(key: "standards_above", label: "Standards above"),
      ], rows: rows)
  }

  private static func heatMapDescription(_ grouping: CensusConsistency.Grouping) -> String {
    let table = grouping.table
    return table.units.indices.map { unit in
      let cells = zip(table.rules, table.cells[unit]).map { rule, cell in
        "\(rule) \(cell.decided == 0 ? "-" : "\(cell.met)/\(cell.decided)")"
      }
      return "\(table.units[unit]): " + cells.joined(separator: ", ")
    }.joined(separator: "; ")
  }

  private static func funnelDescription(
    _ grouping: CensusConsistency.Grouping, rule: Int
  ) -> String {
    let table = grouping.table
    let units = table.units.indices.compactMap { unit -> String? in
      let cell = table.cells[unit][rule]
      guard let rate = cell.rate else { return nil }
      return "\(grouping.number(ofUnit: unit)) \(table.units[unit]) \(F.percent(rate)) of"
        + " \(cell.decided) (\(F.position(cell.position)))"
    }
    return "Overall \(F.percent(table.overall[rule])); " + units.joined(separator: "; ")
  }
}
