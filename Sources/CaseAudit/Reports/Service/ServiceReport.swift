/// The service report: a census of every case scored, the pack report's tables for the period,
/// the headline beside the year before, compliance by standard and consistency over every
/// child, as one document each format renders.
public struct ServiceReport: Sendable {
  /// The census scored.
  public var census: Census
  /// The pack report's id (`annual`).
  public var reportID: String
  /// Its title.
  public var reportTitle: String
  /// The pack report's sections for the period (tables, then their charts).
  public var sections: [ReportSection]
  /// The same report's tables for the period a year earlier; nil when it could not be taken.
  public var previousTables: [ReportTable]?
  /// Compliance by standard over the census.
  public var compliance: ReportTable
  /// Consistency by each of the pack's groupings.
  public var consistency: CensusConsistency

  /// Builds the report from a census and the pack report's sections for the period and for the
  /// period a year earlier; consistency is over `population` (default: every case as at the
  /// as-at date).
  public init(
    census: Census, reportID: String, reportTitle: String, sections: [ReportSection],
    previousSections: [ReportSection]?, population: ConsistencyPopulation? = nil
  ) {
    self.census = census
    self.reportID = reportID
    self.reportTitle = reportTitle
    self.sections = sections
    previousTables = previousSections.map { $0.flatMap(\.tables) }
    compliance = ComplianceByStandard.table(rules: census.scorer.rules, outcomes: census.outcomes)
    consistency = CensusConsistency(census: census, population: population)
  }

  /// The tables report.json lists: the pack report's, then compliance by standard.
  public var tables: [ReportTable] { sections.flatMap(\.tables) + [compliance] }

  /// What a reader must know before any figure, shown at the top and in report.json's
  /// `notes`: an as-at date before the period, redaction, rows excluded for errors, what could
  /// not be counted because the export does not provide it.
  public var notes: [String] {
    var notes: [String] = []
    if let warning = census.context.asAtWarning { notes.append(warning) }
    if census.redacted { notes.append(AuditReport.redactionNotice) }
    if let from = census.data.dataset.recordsFrom {
      notes.append(
        "The export holds only the children looked after from \(from) (an SSDA903 return holds"
          + " its year's): counts on earlier days, and a year before that begins earlier, are"
          + " not shown")
    }
    if let changed = census.pack.parameters.changedByPlan {
      notes.append("Scored with parameters the plan set, not the pack's: \(changed)")
    }
    if census.data.hasErrors {
      let excluded = census.data.counts.reduce(0) { $0 + $1.excluded }
      notes.append("\(excluded) rows with errors are excluded; see data quality")
    }
    let uncounted =
      sections.flatMap(\.tables).compactMap { table in
        table.notProvided.map { "\(table.title) (\($0))" }
      } + consistency.notShown.map { "Consistency by \($0.grouping) (\($0.missing))" }
    if !uncounted.isEmpty {
      notes.append(
        "Not counted, as the export does not provide what they read: "
          + uncounted.joined(separator: "; "))
    }
    return notes
  }

  /// The report as a document.
  public var document: ReportDocument {
    let context = census.context
    let pack = census.pack
    let headline = ServiceHeadline.table(
      this: sections.flatMap(\.tables), previous: previousTables,
      thisLabel: Self.label(context),
      previousLabel: Census.yearBefore(context).map(Self.label)
        ?? "the year before")
    return ReportDocument(
      title: "\(reportTitle), \(Self.label(context))",
      facts: [
        ReportFact("Period", Self.periodText(context)),
        ReportFact("As at", context.asAt?.description ?? "not given"),
        ReportFact("Children", "\(census.rows.count) (every case of the export)"),
        ReportFact("Rule pack", "\(pack.id) \(pack.version) (\(pack.fingerprint))"),
        ReportFact("Data fingerprint", census.dataFingerprint),
        ReportFact("Engine", "CaseAudit \(AuditReport.engineVersion)"),
        ReportFact("Redaction", census.redacted ? AuditReport.redactionNotice : "none"),
      ],
      notices: notes,
      sections: [ReportSection(id: "headline", heading: "Headline", blocks: [.table(headline)])]
        + sections
        + [
          ReportSection(
            id: "compliance", heading: "Compliance by standard",
            blocks: [
              .table(compliance)
            ]),
          ConsistencySection.section(consistency),
          DataQualitySection.section(census.data),
        ])
  }

  /// A period as a reader names it: `2021-22` for a financial year, else its dates.
  public static func label(_ context: AuditContext) -> String {
    if let start = context.periodStart, let end = context.periodEnd,
      start.components.month == 4, start.components.day == 1,
      end == Day(year: start.components.year + 1, month: 3, day: 31)
    {
      return start.financialYear
    }
    return periodText(context)
  }

  /// `2021-04-01 to 2022-03-31`.
  static func periodText(_ context: AuditContext) -> String {
    (context.periodStart?.description ?? "open") + " to "
      + (context.periodEnd?.description ?? "open")
  }
}
