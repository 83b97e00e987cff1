extension ServiceReport {
  /// Evaluates a report of the pack over a census: its tables for the census's period, and for
  /// the headline the tables it reads for the period a year earlier, over the same cases scored
  /// again as at then by the rules those tables read.
  public init(census: Census, report definition: ReportDefinition) {
    let evaluator = ReportEvaluator(pack: census.pack)
    let data = census.data.dataset
    let sections = evaluator.sections(
      definition, data: data, context: census.context, caseRows: census.rows,
      outcomes: census.outcomes(keepingItemsOf: definition.outcomeRules))
    // The year before is shown only in the headline: only its tables are counted again, and
    // only the rules they read are scored again.
    let headline = definition.keeping(tables: ServiceHeadline.tableIDs)
    // A year before the export's records begin would be counted over fewer children.
    let earlier = Census.yearBefore(census.context).flatMap { earlier -> AuditContext? in
      guard let from = data.recordsFrom, let start = earlier.periodStart else { return earlier }
      return start < from ? nil : earlier
    }
    let previous = earlier.map { earlier in
      evaluator.sections(
        headline, data: data, context: earlier, caseRows: census.rows,
        outcomes: census.outcomes(for: earlier, rules: headline.outcomeRules))
    }
    self.init(
      census: census, reportID: definition.id, reportTitle: definition.title,
      sections: sections, previousSections: previous, population: definition.consistency)
  }
}
