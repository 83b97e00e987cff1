@testable import CaseAudit

/// Inline packs with a report file and inline CSV exports for the report-table tests.
enum ReportTableFixture {
  /// The fixture pack's manifest with one report file.
  static let manifest = Fixture.manifest + "\nreports: [reports/test.yaml]\n"

  /// A rule whose item outcomes tables count: a held review with a score above 1 is on time.
  static let rules = """
    - id: on_time
      title: Reviews on time
      for_each: reviews.filter(r, held(r)) as r
      expect: r.score > 1
      examples:
        - {name: on time, outcome: met, case: {reviews: [{held_on: 2021-05-05, score: 2}]}}
        - {name: late, outcome: not_met, case: {reviews: [{held_on: 2021-05-05, score: 1}]}}
    """

  /// Loads the fixture pack with the report (and labels) given.
  static func load(report: String, labels: String? = nil) -> PackLoadResult {
    var extra = ["reports/test.yaml": report]
    extra["labels.yaml"] = labels
    return Fixture.load(rules: rules, manifest: manifest, extra: extra)
  }

  /// Reads an inline export (file name to CSV text) with the pack's schema.
  static func data(_ files: [String: String], schema: Schema) -> Dataset {
    CanonicalImporter(schema: schema)
      .load(files: files.mapValues { Array($0.utf8) }, directory: "export").dataset
  }

  /// A table as text, one row a line: `key | label | counts` (the columns first).
  static func text(_ table: ReportTable) -> String {
    let head = "columns: " + table.columns.map { "\($0.key)=\($0.label)" }.joined(separator: ", ")
    let rows = table.rows.map { row in
      let cells = row.cells.map { cell -> String in
        if case .count(let count) = cell { return String(count) }
        return "?"
      }
      return "\(row.key) | \(row.label) | \(cells.joined(separator: " "))"
    }
    return ([head] + rows).joined(separator: "\n")
  }

  /// Scores the census and evaluates the pack's first report over it.
  static func sections(
    _ pack: RulePack, _ data: Dataset, _ context: AuditContext
  ) -> [ReportSection] {
    let rows = Array(0..<data.tables[pack.schema.caseType].count)
    let results = Scorer(pack: pack).score(data, context: context, rows: rows)
    return ReportEvaluator(pack: pack).sections(
      pack.reports[0], data: data, context: context, caseRows: rows, results: results)
  }
}
