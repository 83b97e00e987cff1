/// Evaluates a pack's report over a census: one section per table, its counts laid out in the
/// definition's order, then its chart when the definition asks for one.
public struct ReportEvaluator: Sendable {
  /// The pack whose report is evaluated.
  public let pack: RulePack

  /// Creates an evaluator for a pack's reports.
  public init(pack: RulePack) { self.pack = pack }

  /// The report's sections, one per table in the definition's order: section id = table id,
  /// heading = title, blocks `.table` then `.chart` when asked for. `caseRows` are the census's
  /// cases (rows of the case type) and `results` what `Scorer.score` gave for them, in the same
  /// order; `rule_outcome` reads them.
  public func sections(
    _ report: ReportDefinition, data: Dataset, context: AuditContext, caseRows: [Int],
    results: [CaseResult]
  ) -> [ReportSection] {
    sections(
      report, data: data, context: context, caseRows: caseRows,
      outcomes: RuleOutcomes(pack: pack, data: data, caseRows: caseRows, results: results))
  }

  /// The report's sections as above, `rule_outcome` reading what `Scorer.outcomes` gave for
  /// the cases at `caseRows` (in the same order), the items of the rules it reads kept.
  public func sections(
    _ report: ReportDefinition, data: Dataset, context: AuditContext, caseRows: [Int],
    outcomes: CaseOutcomes
  ) -> [ReportSection] {
    sections(
      report, data: data, context: context, caseRows: caseRows,
      outcomes: RuleOutcomes(pack: pack, data: data, caseRows: caseRows, outcomes: outcomes))
  }

  /// The report's sections, `rule_outcome` reading `outcomes`.
  public func sections(
    _ report: ReportDefinition, data: Dataset, context: AuditContext, caseRows: [Int],
    outcomes: RuleOutcomes
  ) -> [ReportSection] {
    tables(report, data: data, context: context, caseRows: caseRows, outcomes: outcomes).map {
      table, chart in
      var blocks: [ReportBlock] = [.table(table)]
      if let chart { blocks.append(.chart(chart)) }
      return ReportSection(id: table.id, heading: table.title, blocks: blocks)
    }
  }

  /// The report's tables, each with its chart when the definition asks for one.
  public func tables(
    _ report: ReportDefinition, data: Dataset, context: AuditContext, caseRows: [Int],
    outcomes: RuleOutcomes
  ) -> [(table: ReportTable, chart: ReportChart?)] {
    var frame = Frame(
      data: data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
      params: pack.parameters.values, asAt: context.asAtValue, period: context.periodValue,
      slotCount: pack.slotCount)
    frame.outcomes = outcomes
    return report.tables.map { definition in
      let counts = counts(definition, data: data, caseRows: caseRows, frame: frame)
      let table = ReportTableBuilder.table(definition, counts)
      // A table the export cannot count has no rows; a chart of it would show nothing.
      let chart = counts.notProvided == nil ? definition.chart : nil
      return (table, chart.map { ReportTableBuilder.chart($0, table) })
    }
  }

  /// The counts of one table over the cases at `caseRows`, on both cores for large runs; the
  /// result does not depend on how many threads ran.
  func counts(_ definition: TableDefinition, data: Dataset, caseRows: [Int], frame: Frame)
    -> TableCounts
  {
    let counter = TableCounter(definition, data: data, frame: frame)
    let chunk = 512
    let chunks = (caseRows.count + chunk - 1) / chunk
    let parts = ParallelMap.map(chunks) { part in
      var local = frame
      let range = (part * chunk)..<min(caseRows.count, (part + 1) * chunk)
      return counter.count(rows: caseRows[range], frame: &local)
    }
    var total = PartialCounts()
    for part in parts { total.merge(part) }
    return ReportTableBuilder.layout(definition, counter: counter, total)
  }
}
