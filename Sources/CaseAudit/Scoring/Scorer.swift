/// One case's findings and grade.
public struct CaseResult: Sendable, Hashable {
  /// The case's key.
  public var caseID: String
  /// The case's weighted score, when any rule was met or not met.
  public var score: Double?
  /// Its grade, when graded.
  public var grade: String?
  /// One finding per scored rule, in pack order.
  public var findings: [RuleFinding]
}

/// Scores cases: every enabled rule of the pack, for each case, on both cores for large runs.
public struct Scorer: Sendable {
  /// The pack.
  public let pack: RulePack
  /// The rules scored, in pack order.
  public let rules: [Rule]
  /// For each rule scored, the position of the first rule scored whose `for_each` is written
  /// the same (its own when none is): such rules score the same items, evaluated once per case.
  let sameItems: [Int]
  /// The rules scored as the evaluator runs them, in the order of `rules`.
  let plans: [RulePlan]
  /// Reads each case's records ahead of its rules (a census's field reads are cache misses).
  let prefetch: CasePrefetch

  /// Scores the enabled rules of a pack, or only those named.
  public init(pack: RulePack, only ids: [String] = []) {
    self.pack = pack
    let rules = pack.rules.filter { $0.enabled && (ids.isEmpty || ids.contains($0.id)) }
    self.rules = rules
    plans = rules.map(RulePlan.init)
    prefetch = CasePrefetch(rules: rules, schema: pack.schema)
    // Every rule's for_each is compiled in the same (empty) scope, so the same text is the same
    // list of the case's records.
    sameItems = rules.indices.map { position in
      guard let text = rules[position].text.forEach else { return position }
      return rules.firstIndex { $0.text.forEach == text } ?? position
    }
  }

  /// Counts the pack's tallies over the cases at the given rows (all cases when nil).
  public func tallies(
    _ data: Dataset, context: AuditContext, rows: [Int]? = nil, slotCount: Int? = nil
  )
    -> [TallyCounts]
  {
    let caseRows = rows ?? Array(0..<data.tables[pack.schema.caseType].count)
    let frame = Frame(
      data: data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
      params: pack.parameters.values, asAt: context.asAtValue, period: context.periodValue,
      slotCount: slotCount ?? pack.slotCount)
    return pack.tallies.map { TallyCounts($0, data: data, rows: caseRows, frame: frame) }
  }

  /// Scores the cases at the given rows of the case type (all cases when nil), in row order;
  /// the result does not depend on how many threads ran.
  ///
  /// `progress` is called with the number of cases scored so far, from any thread.
  public func score(
    _ data: Dataset, context: AuditContext, rows: [Int]? = nil,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> [CaseResult] {
    let caseRows = rows ?? Array(0..<data.tables[pack.schema.caseType].count)
    let chunk = 256
    let scoring = CaseScoring(self, data: data, context: context, rows: caseRows)
    let parts = ParallelMap.map(ParallelOutput.chunks(caseRows.count, chunk: chunk)) { part in
      let range = (part * chunk)..<min(caseRows.count, (part + 1) * chunk)
      defer { progress?(range.count) }
      return scoring.score(range)
    }
    return parts.flatMap { $0 }
  }
}

extension Scorer {
  /// A frame for scoring the pack's cases of `data` (at the first case; callers move it).
  func scoringFrame(_ data: Dataset, context: AuditContext) -> Frame {
    Frame(
      data: data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
      params: pack.parameters.values, asAt: context.asAtValue, period: context.periodValue,
      slotCount: pack.slotCount)
  }
}
