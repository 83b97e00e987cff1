/// What a synthetic export looks like: its size, seed, year and injected fault rates.
public struct GeneratorOptions: Sendable {
  /// A fault the generator injects so that audits find something, at a documented rate.
  public struct Fault: Sendable {
    /// The option name (`late_review`).
    public var name: String
    /// What it does.
    public var summary: String
    /// The default rate.
    public var rate: Double
  }

  /// Every fault with its default rate; `rates` may override any of them.
  public static let faults: [Fault] = [
    Fault(name: "late_review", summary: "a review held after its statutory due date", rate: 0.012),
    Fault(
      name: "missing_participation", summary: "a review with no participation code", rate: 0.02),
    Fault(name: "wrong_pn0", summary: "PN0 recorded for a child aged 4 or over", rate: 0.005),
    Fault(
      name: "declined", summary: "a child of 4+ whose views were not conveyed (PN7)", rate: 0.14),
    Fault(name: "late_record", summary: "a review record issued after 20 working days", rate: 0.08),
    Fault(name: "missing_record", summary: "a review record never issued", rate: 0.03),
    Fault(
      name: "late_permanence_plan", summary: "a permanence plan after the second review", rate: 0.07
    ),
    Fault(name: "missing_permanence_plan", summary: "no permanence plan recorded", rate: 0.03),
    Fault(name: "missing_footprint", summary: "no IRO note between two reviews", rate: 0.08),
    Fault(
      name: "missing_consultation", summary: "no IRO visit or consultation before a review",
      rate: 0.2),
    Fault(
      name: "late_iro_allocation", summary: "an IRO allocated after 5 working days", rate: 0.05),
    Fault(name: "action_without_owner", summary: "an escalation action with no owner", rate: 0.04),
    Fault(
      name: "action_without_due_date", summary: "an escalation action with no due date",
      rate: 0.03),
    Fault(
      name: "unresolved_escalation", summary: "a formal escalation left unresolved", rate: 0.05),
    Fault(name: "missing_dob", summary: "a child with no date of birth", rate: 0.002),
    Fault(
      name: "review_without_period", summary: "a review with an empty period_id", rate: 0.003),
  ]

  /// How many children an export may have. The export is held in memory before it is written,
  /// and grows linearly: 100,000 children (seven years of them) took 380 MB of memory and
  /// 160 MB of files, so a million needs about 4 GB and 1.6 GB.
  public static let childCounts = 1...1_000_000
  /// How many children to generate.
  public var children: Int
  /// The seed: the same seed gives the same export.
  public var seed: UInt64
  /// The first day of the reporting year.
  public var yearStart: Day
  /// The last day of the reporting year, which is also the export's as-at date.
  public var yearEnd: Day
  /// Fault rates by name, defaults unless overridden.
  public var rates: [String: Double]

  /// Options for the 2021-22 reporting year with the default fault rates.
  public init(children: Int, seed: UInt64) {
    self.children = children
    self.seed = seed
    yearStart = Day(year: 2021, month: 4, day: 1)!
    yearEnd = Day(year: 2022, month: 3, day: 31)!
    rates = Dictionary(uniqueKeysWithValues: GeneratorOptions.faults.map { ($0.name, $0.rate) })
  }

  /// The rate of a fault.
  public func rate(_ name: String) -> Double { rates[name] ?? 0 }

  /// Sets a fault rate from `name=rate`; an unknown name, a missing rate or a rate outside 0...1
  /// is an error.
  public mutating func setFault(_ assignment: String) throws {
    let parts = assignment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      .map(String.init)
    let names = GeneratorOptions.faults.map(\.name)
    guard names.contains(parts[0]) else {
      let hint = NearMiss.hint(for: parts[0], among: names, expected: names.joined(separator: ", "))
      throw Diagnostic.error("unknown fault '\(parts[0])'\(hint)")
    }
    guard parts.count == 2 else {
      throw Diagnostic.error(
        "the fault '\(parts[0])' needs a rate from 0 to 1, as in '\(parts[0])=0.05'")
    }
    // Only plain decimals: `Double` also reads `0x1p-3`, `1e-1` and `nan`, which no one
    // means as a rate and which would come back in the export's notes spelt differently.
    let plain = parts[1].allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
      && parts[1].filter { $0 == "." }.count <= 1
    guard plain, let rate = Double(parts[1]), (0...1).contains(rate) else {
      throw Diagnostic.error(
        "the rate of '\(parts[0])' must be a number from 0 to 1, not '\(parts[1])'")
    }
    rates[parts[0]] = rate
  }
}
