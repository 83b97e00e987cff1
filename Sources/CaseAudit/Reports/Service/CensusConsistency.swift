/// Consistency over a census: for each of the pack's groupings (IRO, team), every unit's
/// compliance with each standard over the children attributed to it (the report says who and
/// on which day).
public struct CensusConsistency: Sendable {
  /// One grouping's units and their compliance.
  public struct Grouping: Sendable {
    /// Compliance per unit and standard, with funnel positions (units in name order).
    public var table: ConsistencyTable
    /// The children each unit holds, in the table's unit order.
    public var children: [Int]

    /// The number that stands for a unit in the plots and the key (1 for the first by name).
    public func number(ofUnit index: Int) -> Int { index + 1 }

    /// The units outside the 95% limits of a standard, with their positions, in unit order.
    public func outside(rule index: Int) -> [(unit: Int, position: FunnelLimits.Position)] {
      table.units.indices.compactMap { unit in
        guard let position = table.cells[unit][index].position, position != .within else {
          return nil
        }
        return (unit, position)
      }
    }
  }

  /// The groupings, in pack order.
  public var groupings: [Grouping]
  /// The scored rules' titles, in the tables' rule order.
  public var titles: [String]
  /// Who the section is over and when each child is attributed, as the reader is told.
  public var definition: String
  /// The children in it.
  public var children: Int
  /// The pack's groupings left out because the export lacks what they read, with what that
  /// is (`allocations`).
  public var notShown: [(grouping: String, missing: String)] = []

  /// The unit a case is counted under when its grouping expression is unknown.
  public static let unknownUnit = "(unknown)"

  /// What consistency is over when the report does not say: every case, as at the as-at date.
  public static let everyCase =
    "Every child of the export, each counted under the unit that holds it at the as-at date."

  /// Consistency from tables already counted.
  init(
    groupings: [Grouping], titles: [String], definition: String = everyCase, children: Int = 0
  ) {
    self.groupings = groupings
    self.titles = titles
    self.definition = definition
    self.children = children
  }

  /// Each case's unit per grouping. With a population, only the cases whose day is a date
  /// count, each with its groupings taken as at that day; without one, every case as at the
  /// census's as-at date.
  public init(census: Census, population: ConsistencyPopulation? = nil) {
    let pack = census.pack
    let data = census.data.dataset
    let context = census.context
    let rows = census.rows
    var kept: [PackGrouping] = []
    for grouping in pack.groupings {
      if let missing = data.notProvided(grouping.reads, types: grouping.typesRead) {
        notShown.append((grouping.name, missing))
      } else {
        kept.append(grouping)
      }
    }
    let shown = kept
    let chunk = 1024
    let parts = ParallelMap.map((rows.count + chunk - 1) / chunk) { part in
      var frame = Frame(
        data: data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
        params: pack.parameters.values, asAt: context.asAtValue, period: context.periodValue,
        slotCount: pack.slotCount)
      return rows.indices[(part * chunk)..<min(rows.count, (part + 1) * chunk)].compactMap {
        index -> (index: Int, units: [String])? in
        frame.caseRecord = RecordRef(type: pack.schema.caseType, row: rows[index])
        frame.asAt = context.asAtValue
        if let population {
          let day = population.day.eval(&frame)
          guard case .date = day else { return nil }
          frame.asAt = day
        }
        let units = shown.map { grouping -> String in
          // A case that lost the records a grouping reads is not put under a fallback unit.
          if !data.isIncomplete(grouping.typesRead, case: frame.caseRecord),
            case .string(let name) = grouping.value.eval(&frame)
          {
            return name
          }
          return CensusConsistency.unknownUnit
        }
        return (index, units)
      }
    }
    let held = parts.flatMap { $0 }
    let outcomes = census.outcomes
    let ids = census.scorer.rules.map(\.id)
    titles = census.scorer.rules.map(\.title)
    definition = population?.note ?? Self.everyCase
    children = held.count
    groupings = shown.indices.map { grouping in
      let table = ConsistencyTable(
        grouping: shown[grouping].name, rules: ids,
        units: held.map { $0.units[grouping] }
      ) { outcomes.outcome(case: held[$0].index, rule: $1) }
      var children = [String: Int]()
      for child in held { children[child.units[grouping], default: 0] += 1 }
      return Grouping(table: table, children: table.units.map { children[$0] ?? 0 })
    }
  }
}
