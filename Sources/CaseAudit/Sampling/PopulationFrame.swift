/// The population frame of a plan: the cases it may sample, with their strata and weights.
public struct PopulationFrame: Sendable {
  /// Cases in the population, in case order.
  public var cases: [FrameCase]
  /// Cases whose membership could not be decided (unknown population expression): left out
  /// and counted, never silently.
  public var undecided: Int
  /// Cases whose weight was unknown, not finite, or 0 or below: weighted 1 or left out, as the
  /// plan's `invalid_weight` says, and named in every listing and report; in case-id order (by
  /// UTF-8 bytes), whatever order the schema sorts the case records in.
  public var invalidWeights: [InvalidWeight]

  /// Evaluates the plan's population, strata and weight expressions over every case.
  public init(plan: AuditPlan, data: Dataset) {
    var frame = Frame(
      data: data, caseRecord: RecordRef(type: plan.pack.schema.caseType, row: 0),
      params: plan.pack.parameters.values, asAt: plan.context.asAtValue,
      period: plan.context.periodValue, slotCount: plan.slotCount)
    var cases: [FrameCase] = []
    var undecided = 0
    var invalidWeights: [InvalidWeight] = []
    for row in 0..<data.tables[plan.pack.schema.caseType].count {
      frame.caseRecord = RecordRef(type: plan.pack.schema.caseType, row: row)
      if let population = plan.population {
        switch population.eval(&frame) {
        case .bool(true): break
        case .bool(false): continue
        default:
          undecided += 1
          continue
        }
      }
      var stratum = "all cases"
      if let strata = plan.strata {
        if case .string(let text) = strata.eval(&frame) {
          stratum = text
        } else {
          stratum = "(unknown)"
        }
      }
      let caseID = data.key(of: frame.caseRecord)
      var weight = 1.0
      if let expression = plan.weight {
        let number = expression.eval(&frame).number
        if let reason = InvalidWeight.reason(for: number) {
          invalidWeights.append(InvalidWeight(row: row, caseID: caseID, reason: reason))
          if plan.invalidWeight == .exclude { continue }
        } else {
          weight = number!
        }
      }
      cases.append(FrameCase(row: row, caseID: caseID, stratum: stratum, weight: weight))
    }
    self.cases = cases
    self.undecided = undecided
    self.invalidWeights = invalidWeights.sorted {
      $0.caseID.utf8.lexicographicallyPrecedes($1.caseID.utf8)
    }
  }
}
