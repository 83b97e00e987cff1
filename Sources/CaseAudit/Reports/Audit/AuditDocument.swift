/// The audit report as a `ReportDocument`: the facts of the run, its notices (redaction,
/// sampling warnings) and its sections. Every format's renderer shows the same document, so a
/// section is added to the audit report here, once.
public enum AuditDocument {
  typealias F = ReportFormatting

  /// The document of a report.
  public static func build(_ report: AuditReport) -> ReportDocument {
    var sections = [sample(report), summary(report)]
    sections += AuditHistorySections.build(report.history)
    sections.append(AuditConsistencySection.build(report))
    if let themes = themes(report) { sections.append(themes) }
    sections.append(AuditCaseSection.build(report))
    sections.append(AuditDataQualitySection.build(report))
    return ReportDocument(
      title: report.run.plan.title, facts: facts(report), notices: notices(report),
      sections: sections)
  }

  private static func facts(_ report: AuditReport) -> [ReportFact] {
    let run = report.run
    let plan = run.plan
    let context = plan.context
    var population = "\(run.sample.population) cases; sample \(run.sample.cases.count) cases"
    if let window = plan.excludeAuditedWithin {
      population += "; \(run.excludedByHistory) cases left out as audited within \(window)"
      population += " before the as-at date"
    }
    if run.frame.undecided > 0 {
      population += "; \(run.frame.undecided) cases left out because their membership could"
      population += " not be decided"
    }
    let period =
      (context.periodStart?.description ?? "open") + " to "
      + (context.periodEnd?.description ?? "open")
    let parameters = plan.pack.parameters.changedByPlan.map {
      [ReportFact("Parameters set by the plan", $0)]
    }
    return [
      ReportFact("Plan", "\(plan.id) (\(plan.path))"),
      ReportFact("Period", period + "; as at " + (context.asAt?.description ?? "not given")),
      ReportFact(
        "Rule pack",
        "\(plan.pack.id) version \(plan.pack.version), fingerprint "
          + plan.pack.fingerprint),
      ReportFact("Data", "fingerprint \(run.dataFingerprint)"),
      ReportFact("Seed", "\(run.sample.seed) (CaseAudit \(AuditReport.engineVersion))"),
      ReportFact("Population", population),
    ] + (parameters ?? [])
  }

  private static func notices(_ report: AuditReport) -> [String] {
    (report.run.redacted ? ["Redacted: \(AuditReport.redactionNotice)"] : [])
      + report.run.samplingWarnings.map { "Warning: \($0.message)" }
  }

  private static func sample(_ report: AuditReport) -> ReportSection {
    let table = ReportTable(
      id: "strata", title: "Sample by stratum", rowHeading: "Stratum",
      columns: [
        ReportColumn(key: "population", label: "Population"),
        ReportColumn(key: "sample", label: "Sample"),
      ],
      rows: report.run.sample.strata.map {
        ReportRow(key: $0.name, label: $0.name, cells: [.count($0.population), .count($0.sample)])
      })
    return ReportSection(id: "sample", heading: "Sample", blocks: [.table(table)])
  }

  private static func summary(_ report: AuditReport) -> ReportSection {
    let grades = ReportTable(
      id: "grades", title: "Grades of the sampled cases", rowHeading: "Grade",
      columns: [ReportColumn(key: "cases", label: "Cases")],
      rows: report.summary.grades.map {
        ReportRow(key: $0.grade, label: $0.grade, cells: [.count($0.cases)])
      })
    let method = StatisticsMethod.summary(report.statistics, design: report.design)
    let notes = StatisticsMethod.notes(report.statistics)
    return ReportSection(
      id: "summary", heading: "Summary",
      blocks: [
        .table(grades), .paragraph(method), .table(AuditRuleTables.cases(report.statistics)),
      ] + (notes.isEmpty ? [] : [.list(notes)]) + [
        .table(AuditRuleTables.items(report.statistics))
      ])
  }

  /// The pack's tallies over the sampled cases, when it has any.
  private static func themes(_ report: AuditReport) -> ReportSection? {
    let tallies = report.summary.tallies
    guard !tallies.isEmpty else { return nil }
    let tables = tallies.map { tally -> ReportBlock in
      let note =
        tally.unknownCases > 0
        ? "Not counted: \(tally.unknownCases) cases whose records for this were not provided."
        : nil
      return .table(
        ReportTable(
          id: "tally_\(tally.id)", title: "\(tally.title) (\(tally.total))", note: note,
          rowHeading: "Value",
          columns: [
            ReportColumn(key: "count", label: "Count"), ReportColumn(key: "share", label: "Share"),
          ],
          rows: tally.rows.map { row in
            let share: ReportCell =
              tally.total == 0
              ? .empty : .proportion(Double(row.count) / Double(tally.total), places: 1)
            return ReportRow(key: row.value, label: row.value, cells: [.count(row.count), share])
          }))
    }
    return ReportSection(
      id: "themes", heading: "Themes",
      blocks: [.paragraph("Counted over the sampled cases.")] + tables)
  }
}
