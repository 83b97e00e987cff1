extension ServiceReport {
  /// Evaluates a report of the pack over a census: its tables for the census's period, and for
  /// the headline the same tables for the period a year earlier, over the same cases scored
  /// again as at then by the rules the tables read.
  public init(census: Census, report definition: ReportDefinition) {
    let evaluator = ReportEvaluator(pack: census.pack)
    let data = census.data.dataset
    let sections = evaluator.sections(
      definition, data: data, context: census.context, caseRows: census.rows,
      results: census.results)
    let previous = Census.yearBefore(census.context).map { earlier in
      evaluator.sections(
        definition, data: data, context: earlier, caseRows: census.rows,
        results: census.results(for: earlier, rules: census.scorer.rules.map(\.id)))
    }
    self.init(
      census: census, reportID: definition.id, reportTitle: definition.title,
      sections: sections, previousSections: previous)
  }
}
