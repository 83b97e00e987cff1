/// The data-quality section of a census report: records loaded and excluded per type, and the
/// import's problems counted by kind.
enum DataQualitySection {
  /// The section for an import.
  static func section(_ data: ImportResult) -> ReportSection {
    let counts = ReportTable(
      id: "data_quality", title: "Records loaded",
      note: "Rows with errors are excluded from every count and table above and reported by"
        + " caseaudit data check at their file, row and column.",
      rowHeading: "Record type",
      columns: [
        ReportColumn(key: "loaded", label: "Loaded"),
        ReportColumn(key: "excluded", label: "Excluded"),
      ],
      rows: data.counts.map { count in
        ReportRow(
          key: count.type, label: "\(count.type) (\(ImportSummary.fileName(count.file)))",
          cells: count.provided
            ? [.count(count.loaded), .count(count.excluded)] : [.empty, .empty])
      })
    var kinds: [String: (errors: Int, warnings: Int)] = [:]
    for diagnostic in data.diagnostics {
      let kind = diagnostic.kind ?? "other"
      if diagnostic.severity == .error {
        kinds[kind, default: (0, 0)].errors += 1
      } else {
        kinds[kind, default: (0, 0)].warnings += 1
      }
    }
    let problems = kinds.keys.sorted().map { kind in
      "\(kind): \(kinds[kind]!.errors) errors, \(kinds[kind]!.warnings) warnings"
    }
    let blocks: [ReportBlock] = [
      .table(counts),
      problems.isEmpty ? .paragraph("The import found no problems.") : .list(problems),
    ]
    return ReportSection(id: "data_quality", heading: "Data quality", blocks: blocks)
  }
}
