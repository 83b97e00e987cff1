/// Consistency over a census: for each of the pack's groupings (IRO, team), every unit's
/// compliance with each standard over all the children it holds at the as-at date.
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

  /// The unit a case is counted under when its grouping expression is unknown.
  public static let unknownUnit = "(unknown)"

  /// Consistency from tables already counted.
  init(groupings: [Grouping], titles: [String]) {
    self.groupings = groupings
    self.titles = titles
  }

  /// Each case's unit per grouping, evaluated at the census's as-at date over all cases.
  public init(census: Census) {
    let pack = census.pack
    let data = census.data.dataset
    let context = census.context
    let rows = census.rows
    let chunk = 1024
    let parts = ParallelMap.map((rows.count + chunk - 1) / chunk) { part in
      var frame = Frame(
        data: data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
        params: pack.parameters.values, asAt: context.asAtValue, period: context.periodValue,
        slotCount: pack.slotCount)
      return rows[(part * chunk)..<min(rows.count, (part + 1) * chunk)].map { row in
        frame.caseRecord = RecordRef(type: pack.schema.caseType, row: row)
        return pack.groupings.map { grouping -> String in
          if case .string(let name) = grouping.value.eval(&frame) { return name }
          return CensusConsistency.unknownUnit
        }
      }
    }
    let units = parts.flatMap { $0 }
    let ids = census.scorer.rules.map(\.id)
    titles = census.scorer.rules.map(\.title)
    groupings = pack.groupings.indices.map { grouping in
      let table = ConsistencyTable(
        grouping: pack.groupings[grouping].name, rules: ids,
        cases: zip(units, census.results).map { ($0[grouping], $1.findings) })
      var children = [String: Int]()
      for unit in units { children[unit[grouping], default: 0] += 1 }
      return Grouping(table: table, children: table.units.map { children[$0] ?? 0 })
    }
  }
}
