/// One case of a population frame: its row, id, stratum and weight.
public struct FrameCase: Sendable, Hashable {
  /// The case's row in the dataset.
  public var row: Int
  /// The case's id.
  public var caseID: String
  /// Its stratum.
  public var stratum: String
  /// Its weight (1 when unweighted).
  public var weight: Double
}

/// A drawn sample: per stratum, and each case with its key.
public struct Sample: Sendable {
  /// One stratum's figures.
  public struct Stratum: Sendable, Hashable {
    /// The stratum's name.
    public var name: String
    /// Cases in the population frame.
    public var population: Int
    /// Cases drawn.
    public var sample: Int
  }

  /// One drawn case.
  public struct Drawn: Sendable, Hashable {
    /// The case.
    public var frameCase: FrameCase
    /// Its priority key.
    public var key: PriorityKey
  }

  /// The seed.
  public var seed: UInt64
  /// Cases in the population frame.
  public var population: Int
  /// Strata in name order.
  public var strata: [Stratum]
  /// Drawn cases, by stratum then priority.
  public var cases: [Drawn]
}

/// Draws a reproducible stratified sample by priority keys: within each stratum the cases with
/// the smallest keys (or Efraimidis–Spirakis keys when weighted); ties by case id.
public enum PriorityKeySampler {
  /// Draws `size` cases from the frame.
  public static func draw(
    _ frame: [FrameCase], seed: UInt64, size: AuditPlan.Size, allocation: AuditPlan.Allocation,
    minimumPerStratum: Int, weighted: Bool
  ) -> Sample {
    let total = totalSize(size, population: frame.count)
    var groups: [String: [FrameCase]] = [:]
    for item in frame { groups[item.stratum, default: []].append(item) }
    let names = groups.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let sizes = names.map { ($0, groups[$0]!.count) }
    let counts =
      allocation == .proportional
      ? StratumAllocation.proportional(total: total, sizes: sizes, minimum: minimumPerStratum)
      : StratumAllocation.equal(total: total, sizes: sizes, minimum: minimumPerStratum)
    var strata: [Sample.Stratum] = []
    var cases: [Sample.Drawn] = []
    for (index, name) in names.enumerated() {
      let members = groups[name]!.map { ($0, PriorityKey(seed: seed, caseID: $0.caseID)) }
      let ranked = members.sorted { lhs, rhs in
        let (a, b) =
          weighted
          ? (lhs.1.weighted(by: lhs.0.weight), rhs.1.weighted(by: rhs.0.weight))
          : (lhs.1.uniform, rhs.1.uniform)
        return a != b ? a < b : lhs.0.caseID.utf8.lexicographicallyPrecedes(rhs.0.caseID.utf8)
      }
      let drawable = weighted ? ranked.filter { $0.0.weight > 0 } : ranked
      let chosen = drawable.prefix(counts[index])
      strata.append(Sample.Stratum(name: name, population: members.count, sample: chosen.count))
      cases.append(contentsOf: chosen.map { Sample.Drawn(frameCase: $0.0, key: $0.1) })
    }
    return Sample(seed: seed, population: frame.count, strata: strata, cases: cases)
  }

  /// The total the size asks for, for a population of N (at most N).
  public static func totalSize(_ size: AuditPlan.Size, population: Int) -> Int {
    min(population, requestedSize(size, population: population))
  }

  /// The total the size asks for, for a population of N, before it is capped at N. An
  /// assurance no sample can give asks for the whole population (and the sample's warnings say
  /// the assurance is not met: `SamplingWarning.assuranceUnmet`).
  public static func requestedSize(_ size: AuditPlan.Size, population: Int) -> Int {
    switch size {
    case .count(let count): return count
    case .share(let share): return DecimalRate(share).ceilTimes(population)
    case .assurance:
      return assuranceSize(size, population: population) ?? population
    }
  }

  /// The sample an assurance size asks for in a population of N; nil when no sample meets it
  /// (and for a count or a share, which promise no assurance).
  public static func assuranceSize(_ size: AuditPlan.Size, population: Int) -> Int? {
    guard case .assurance(let confidence, let tolerable, let expected) = size else { return nil }
    return SampleSize.forExpectedRate(
      confidence: confidence, tolerableRate: tolerable, expectedRate: expected,
      population: population)
  }
}
