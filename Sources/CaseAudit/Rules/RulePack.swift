/// A loaded, compiled rule pack: its schema, calendar, parameters, grading and rules.
public struct RulePack: Sendable {
  /// The pack's id (`iro`).
  public var id: String
  /// Its title.
  public var title: String
  /// Its version, shown in every report.
  public var version: String
  /// The folder it was loaded from, as the user named it.
  public var path: String
  /// SHA-256 of the normalised content of every file of the pack (see `Fingerprint.of`).
  public var fingerprint: String
  /// The record types.
  public var schema: Schema
  /// Non-working days for working-day arithmetic.
  public var calendar: HolidayCalendar
  /// Named values rules read as `params.NAME`.
  public var parameters: Parameters
  /// How case grades are computed.
  public var grading: Grading?
  /// Named expressions that group cases in reports (`iro`, `team`).
  public var groupings: [PackGrouping]
  /// Counts reports publish (escalations by theme, month, stage).
  public var tallies: [Tally]
  /// The rules, in file order.
  public var rules: [Rule]
  /// Slots a frame needs to evaluate any expression of the pack.
  public var slotCount: Int
  /// The pack's functions, for compiling expressions outside it (an audit plan's).
  public var functions: [String: FunctionDefinition]
  /// What readers see for codes and keys (`labels.yaml`).
  public var labels: PackLabels = .none
  /// The reports the pack defines (`reports:` in pack.yaml), in the manifest's order.
  public var reports: [ReportDefinition] = []
  /// The practice questions auditors answer by reading a case (`questions:`), in file order.
  public var questions: [PracticeQuestion] = []

  /// A practice question by id.
  public func question(_ id: String) -> PracticeQuestion? { questions.first { $0.id == id } }

  /// A report by id.
  public func report(_ id: String) -> ReportDefinition? { reports.first { $0.id == id } }

  /// A compiler for further expressions over this pack (schema, calendar, parameters and
  /// functions), whose slots come after the pack's own.
  public func compiler() -> ExpressionCompiler {
    ExpressionCompiler(
      schema: schema, calendar: calendar, parameters: parameters.table, functions: functions,
      firstSlot: slotCount)
  }

  /// A rule by id.
  public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}

/// A pack's parameters: names, types and default values, in declared order.
public struct Parameters: Sendable {
  /// One parameter.
  public struct Entry: Sendable {
    /// Its name.
    public var name: String
    /// Its type, from its value.
    public var type: ValueType
    /// Its value.
    public var value: Value
    /// The pack's own value, when a plan set another.
    public var packValue: Value? = nil
  }

  /// The parameters in declared order.
  public var entries: [Entry]

  /// Creates parameters.
  public init(entries: [Entry]) { self.entries = entries }

  /// The values in order, as frames take them.
  public var values: [Value] { entries.map(\.value) }

  /// What a plan changed, as a report says it: `first_review_working_days 10 (the pack's
  /// 20)`, joined by `; `; nil when the pack's values are used. A figure scored with other
  /// timescales than the standard's must say so beside it.
  public var changedByPlan: String? {
    let empty = Dataset(schema: Schema(types: [], caseType: 0), tables: [], lists: [], provided: [])
    let changed = entries.compactMap { entry -> String? in
      guard let packValue = entry.packValue, packValue != entry.value else { return nil }
      return "\(entry.name) \(empty.render(entry.value)) (the pack's \(empty.render(packValue)))"
    }
    return changed.isEmpty ? nil : changed.joined(separator: "; ")
  }

  /// Index and type by name, as the compiler takes them.
  public var table: [String: (index: Int, type: ValueType)] {
    var table: [String: (index: Int, type: ValueType)] = [:]
    for (index, entry) in entries.enumerated() { table[entry.name] = (index, entry.type) }
    return table
  }

  /// Reads a parameter's YAML value: a plain number, boolean or ISO date is typed; else text.
  public static func value(of node: YAMLNode) -> (ValueType, Value)? {
    guard let text = node.scalar else { return nil }
    if node.scalarStyle != .plain { return (.string, .string(text)) }
    if let number = Int(text) { return (.int, .int(number)) }
    if let number = Double(text), text.contains(".") { return (.decimal, .decimal(number)) }
    if text == "true" || text == "false" { return (.bool, .bool(text == "true")) }
    if let day = Day(iso: text) { return (.date, .date(day)) }
    return (.string, .string(text))
  }
}

/// How a case's rule outcomes become a grade.
public struct Grading: Sendable, Hashable {
  /// Grade bands, highest threshold first: a score at or above the threshold earns the band.
  public var bands: [(name: String, threshold: Double)]
  /// For a severity, the best band a case can have when a rule of it is not met.
  public var caps: [Severity: String]

  /// Creates a grading.
  public init(bands: [(name: String, threshold: Double)], caps: [Severity: String]) {
    self.bands = bands
    self.caps = caps
  }

  /// Compares gradings by content.
  public static func == (lhs: Grading, rhs: Grading) -> Bool {
    lhs.bands.map(\.name) == rhs.bands.map(\.name)
      && lhs.bands.map(\.threshold) == rhs.bands.map(\.threshold) && lhs.caps == rhs.caps
  }

  /// Hashes by content.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(bands.map(\.name))
    hasher.combine(bands.map(\.threshold))
  }
}

extension RulePack {
  /// Why a command that checks, tests or scores standards cannot use this pack: it has none
  /// (its `rules:` list is empty or its rule files hold no rules). Nil when it has rules.
  public var withoutStandards: Diagnostic? {
    guard rules.isEmpty else { return nil }
    return .error(
      "the rule pack '\(path)' holds no rules, so there are no standards to check, test or"
        + " score; list rule files under 'rules:' in its pack.yaml")
  }
}
