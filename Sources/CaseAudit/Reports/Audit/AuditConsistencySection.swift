/// Consistency of an audit: per grouping (IRO, team), the heat map of each unit's compliance
/// per standard, a funnel plot per standard with the units outside its limits named, and the
/// same counts as a table.
enum AuditConsistencySection {
  private typealias F = ReportFormatting

  /// The section.
  static func build(_ report: AuditReport) -> ReportSection {
    ReportSection(
      id: "consistency", heading: "Consistency",
      blocks: [
        .paragraph(
          ConsistencyTable.method + " In the plots the 95% limits are dashed, the 99.8% dotted;"
            + " red points lie below the limits, green above.")
      ],
      subsections: report.consistency.enumerated().map { index, table in
        grouping(table, index: index)
      })
  }

  private static func grouping(_ table: ConsistencyTable, index: Int) -> ReportSection {
    var blocks: [ReportBlock] = [
      .figure(
        ReportFigure(
          caption: "Compliance by \(table.grouping) and standard (met of decided)",
          svg: HeatMapSVG.render(table),
          description: "Heat map of compliance by \(table.grouping) and standard; the table"
            + " below gives its numbers.", isWide: true))
    ]
    for rule in table.rules.indices {
      guard let svg = FunnelPlotSVG.render(table, rule: rule) else { continue }
      let outliers = table.units.indices.filter {
        let position = table.cells[$0][rule].position
        return position != nil && position != .within
      }.map { "\(table.units[$0]) \(F.position(table.cells[$0][rule].position))" }
      let outside = outliers.isEmpty ? "none outside the limits" : outliers.joined(separator: ", ")
      blocks.append(
        .figure(
          ReportFigure(
            caption: "\(table.rules[rule]): \(outside)", svg: svg,
            description: "Funnel plot of \(table.rules[rule]) by \(table.grouping): \(outside)")))
    }
    blocks.append(
      .table(
        ReportTable(
          id: "consistency_\(index + 1)", title: "Met of decided by \(table.grouping)",
          rowHeading: table.grouping,
          columns: table.rules.map { ReportColumn(key: $0, label: $0) },
          rows: table.units.enumerated().map { row, unit in
            ReportRow(
              key: unit, label: unit,
              cells: table.cells[row].map { cell in
                guard cell.decided > 0 else { return .empty }
                let flag = cell.position == .within ? "" : " (\(F.position(cell.position)))"
                return .text("\(cell.met)/\(cell.decided)\(flag)")
              })
          })))
    return ReportSection(
      id: "consistency-\(index + 1)", heading: "By \(table.grouping)", blocks: blocks)
  }
}
