/// The data behind an audit: records loaded and excluded per file, import problems by kind and
/// by file, and the standards with insufficient evidence in the sample.
enum AuditDataQualitySection {
  /// The section.
  static func build(_ report: AuditReport) -> ReportSection {
    let data = report.run.data
    let records = ReportTable(
      id: "records", title: "Records loaded", rowHeading: "Type",
      columns: [
        ReportColumn(key: "file", label: "File"), ReportColumn(key: "loaded", label: "Loaded"),
        ReportColumn(key: "excluded", label: "Excluded for errors"),
      ],
      rows: data.counts.map { count in
        ReportRow(
          key: count.type, label: count.type,
          cells: [
            .text(ImportSummary.fileName(count.file)),
            count.provided ? .count(count.loaded) : .text("not provided"),
            count.provided ? .count(count.excluded) : .empty,
          ])
      })
    var blocks: [ReportBlock] = [.table(records)]
    if data.diagnostics.isEmpty {
      blocks.append(.paragraph("No import problems."))
    } else {
      blocks.append(
        .table(
          problems(data.diagnostics, id: "problems_by_kind", by: "Kind") { $0.kind ?? "other" }))
      blocks.append(
        .table(
          problems(data.diagnostics, id: "problems_by_file", by: "File") {
            $0.location.map { ImportSummary.fileName($0.file) } ?? "(whole export)"
          }))
    }
    let insufficient = report.statistics.filter { $0.cases.insufficientEvidence > 0 }
      .map { "\($0.ruleID) \($0.cases.insufficientEvidence)" }
    blocks.append(
      .paragraph(
        "Insufficient evidence in the sample: "
          + (insufficient.isEmpty ? "none" : insufficient.joined(separator: ", ")) + "."))
    return ReportSection(id: "data-quality", heading: "Data quality", blocks: blocks)
  }

  /// Import problems grouped by `key`, as errors and warnings, in key order.
  private static func problems(
    _ diagnostics: [Diagnostic], id: String, by heading: String, key: (Diagnostic) -> String
  ) -> ReportTable {
    var counts: [String: (errors: Int, warnings: Int)] = [:]
    for diagnostic in diagnostics {
      var entry = counts[key(diagnostic), default: (0, 0)]
      if diagnostic.severity == .error { entry.errors += 1 } else { entry.warnings += 1 }
      counts[key(diagnostic)] = entry
    }
    return ReportTable(
      id: id, title: "Import problems by \(heading.lowercased())", rowHeading: heading,
      columns: [
        ReportColumn(key: "errors", label: "Errors"),
        ReportColumn(key: "warnings", label: "Warnings"),
      ],
      rows: counts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
        ReportRow(
          key: $0, label: $0, cells: [.count(counts[$0]!.errors), .count(counts[$0]!.warnings)])
      })
  }
}
