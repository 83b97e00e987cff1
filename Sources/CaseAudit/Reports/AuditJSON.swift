import Foundation

/// `report.json`: the same `cases` and `summary` as `score`'s JSON for the sampled cases, plus
/// the plan, the sample with its strata and keys, the statistics and the data's quality.
public struct AuditJSON: Encodable {
  let report: AuditReport

  /// Creates the document.
  public init(report: AuditReport) { self.report = report }

  /// The JSON text, keys sorted.
  public func render() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  private enum Keys: String, CodingKey {
    case plan, id, title, seed, population, undecided, strata, stratum, sample, cases
    case caseID = "case_id"
    case key, statistics
    case ruleID = "rule_id"
    case compliance
    case wilson95 = "wilson_95"
    case nonComplianceUpper95 = "non_compliance_upper_95"
    case populationEstimate = "population_estimate"
    case value, lower, upper, method
    case strataWithoutDecided = "strata_without_decided"
    case nonComplianceUpperMethod = "non_compliance_upper_method"
    case consistency, grouping, units, unit, rules, met, decided, position, data, fingerprint
    case counts, type, file, provided, loaded, excluded
    case engineVersion = "engine_version"
    case excludedByHistory = "excluded_as_audited"
    case history, redacted, warnings, reason
    case invalidWeights = "invalid_weights"
  }

  /// Encodes the score members, then the audit's own.
  public func encode(to encoder: Encoder) throws {
    let run = report.run
    try ScoreJSON(
      pack: run.plan.pack, context: run.plan.context, results: run.results,
      summary: report.summary
    ).encode(to: encoder)
    var root = encoder.container(keyedBy: Keys.self)
    try root.encode(AuditReport.engineVersion, forKey: .engineVersion)
    try root.encode(run.redacted, forKey: .redacted)
    var plan = root.nestedContainer(keyedBy: Keys.self, forKey: .plan)
    try plan.encode(run.plan.id, forKey: .id)
    try plan.encode(run.plan.title, forKey: .title)
    var sample = root.nestedContainer(keyedBy: Keys.self, forKey: .sample)
    try sample.encode(run.sample.seed, forKey: .seed)
    try sample.encode(run.sample.population, forKey: .population)
    try sample.encode(run.frame.undecided, forKey: .undecided)
    try sample.encode(run.excludedByHistory, forKey: .excludedByHistory)
    try sample.encode(run.samplingWarnings.map(\.message), forKey: .warnings)
    var invalid = sample.nestedUnkeyedContainer(forKey: .invalidWeights)
    for weight in run.frame.invalidWeights {
      var object = invalid.nestedContainer(keyedBy: Keys.self)
      try object.encode(weight.caseID, forKey: .caseID)
      try object.encode(weight.reason.rawValue, forKey: .reason)
    }
    var strata = sample.nestedUnkeyedContainer(forKey: .strata)
    for stratum in run.sample.strata {
      var object = strata.nestedContainer(keyedBy: Keys.self)
      try object.encode(stratum.name, forKey: .stratum)
      try object.encode(stratum.population, forKey: .population)
      try object.encode(stratum.sample, forKey: .sample)
    }
    var cases = sample.nestedUnkeyedContainer(forKey: .cases)
    for drawn in run.sample.cases {
      var object = cases.nestedContainer(keyedBy: Keys.self)
      try object.encode(drawn.frameCase.caseID, forKey: .caseID)
      try object.encode(drawn.frameCase.stratum, forKey: .stratum)
      if !run.redacted { try object.encode(drawn.key.hex, forKey: .key) }
    }
    try encodeStatistics(into: &root)
    if let history = report.history {
      try root.encode(HistoryJSON(history: history), forKey: .history)
    }
    var data = root.nestedContainer(keyedBy: Keys.self, forKey: .data)
    try data.encode(run.dataFingerprint, forKey: .fingerprint)
    var counts = data.nestedUnkeyedContainer(forKey: .counts)
    for count in run.data.counts {
      var object = counts.nestedContainer(keyedBy: Keys.self)
      try object.encode(count.type, forKey: .type)
      try object.encode(ImportSummary.fileName(count.file), forKey: .file)
      try object.encode(count.provided, forKey: .provided)
      try object.encode(count.loaded, forKey: .loaded)
      try object.encode(count.excluded, forKey: .excluded)
    }
  }

  private func encodeStatistics(into root: inout KeyedEncodingContainer<Keys>) throws {
    var statistics = root.nestedContainer(keyedBy: Keys.self, forKey: .statistics)
    var rules = statistics.nestedUnkeyedContainer(forKey: .rules)
    for rule in report.statistics {
      var object = rules.nestedContainer(keyedBy: Keys.self)
      try object.encode(rule.ruleID, forKey: .ruleID)
      try object.encode(rule.cases.compliance, forKey: .compliance)
      try object.encode(rule.wilson.map { [$0.lowerBound, $0.upperBound] }, forKey: .wilson95)
      try object.encode(rule.nonComplianceUpper, forKey: .nonComplianceUpper95)
      if let estimate = rule.populationEstimate {
        var nested = object.nestedContainer(keyedBy: Keys.self, forKey: .populationEstimate)
        try nested.encode(estimate.value, forKey: .value)
        try nested.encode(estimate.interval.lowerBound, forKey: .lower)
        try nested.encode(estimate.interval.upperBound, forKey: .upper)
        try nested.encode(rule.estimateMethod, forKey: .method)
        try nested.encode(rule.strataWithoutDecided, forKey: .strataWithoutDecided)
      } else {
        try object.encodeNil(forKey: .populationEstimate)
      }
      try object.encode(rule.boundMethod?.text, forKey: .nonComplianceUpperMethod)
    }
    var consistency = statistics.nestedUnkeyedContainer(forKey: .consistency)
    for table in report.consistency {
      var object = consistency.nestedContainer(keyedBy: Keys.self)
      try object.encode(table.grouping, forKey: .grouping)
      var units = object.nestedUnkeyedContainer(forKey: .units)
      for (index, unit) in table.units.enumerated() {
        var unitObject = units.nestedContainer(keyedBy: Keys.self)
        try unitObject.encode(unit, forKey: .unit)
        var cells = unitObject.nestedUnkeyedContainer(forKey: .rules)
        for (rule, cell) in zip(table.rules, table.cells[index]) {
          var cellObject = cells.nestedContainer(keyedBy: Keys.self)
          try cellObject.encode(rule, forKey: .ruleID)
          try cellObject.encode(cell.met, forKey: .met)
          try cellObject.encode(cell.decided, forKey: .decided)
          try cellObject.encode(cell.position?.rawValue, forKey: .position)
        }
      }
    }
  }
}
