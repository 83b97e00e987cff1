/// An audit plan: which standards, which records, which period, and how to draw the sample.
public struct AuditPlan: Sendable {
  /// How many cases to draw.
  public enum Size: Sendable, Hashable {
    /// A fixed count.
    case count(Int)
    /// A share of the population (10% is 0.1), rounded up.
    case share(Double)
    /// Attribute sampling: enough cases for the assurance asked.
    case assurance(confidence: Double, tolerableRate: Double, expectedRate: Double)
  }

  /// How the sample is spread over strata.
  public enum Allocation: String, Sendable, CaseIterable {
    case proportional, equal
  }

  /// The plan's id (`iro-quarterly-dip-sample`).
  public var id: String
  /// Its title, for the report.
  public var title: String
  /// The plan file's path.
  public var path: String
  /// The rule pack, loaded, with the plan's parameter overrides applied.
  public var pack: RulePack
  /// The export folder (relative paths resolved against the plan's folder).
  public var dataPath: String?
  /// The mapping of a local export (`data_mapping:`), when it needs one.
  public var mapping: ExportMapping?
  /// The as-at date and period.
  public var context: AuditContext
  /// Which cases may be sampled; all when nil.
  public var population: Compiled?
  /// Each case's stratum; one stratum when nil.
  public var strata: Compiled?
  /// Each case's weight for risk-weighted sampling; unweighted when nil.
  public var weight: Compiled?
  /// The `weight:` expression as written, for the report to say what the sample is weighted by.
  public var weightText: String? = nil
  /// What to do with a case whose weight is unknown, not finite, or 0 or below.
  public var invalidWeight = InvalidWeight.Policy.weight1
  /// The sample size.
  public var size: Size
  /// The allocation over strata.
  public var allocation: Allocation
  /// The smallest sample per stratum (capped at the stratum's size).
  public var minimumPerStratum: Int
  /// The seed, when the plan fixes one.
  public var seed: UInt64?
  /// Leave out cases sampled by recorded audits within this window before the as-at date.
  public var excludeAuditedWithin: Duration?
  /// The rules scored: ids of the pack's rules kept by `rules_filter`.
  public var ruleIDs: [String]
  /// Report formats to write.
  public var formats: [String]
  /// Whether reports are redacted (`report: {redact: true}`), as with `audit --redact`.
  public var redact = false
  /// The pack's report `caseaudit report PLAN` writes (`service_report: annual`), if named.
  public var serviceReport: String? = nil
  /// Slots a frame needs for the plan's and the pack's expressions.
  public var slotCount: Int
}
