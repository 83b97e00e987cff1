/// The `consistency` member of the service report's JSON: per grouping, its units (numbered as
/// in the plots) and, per standard, the overall rate and each unit's counts and funnel position.
struct ConsistencyJSON: Encodable, Sendable {
  /// Who is counted and on which day, as the report says it.
  var definition: String
  /// The children counted.
  var children: Int
  var groupings: [Grouping]

  init(_ consistency: CensusConsistency) {
    definition = consistency.definition
    children = consistency.children
    groupings = consistency.groupings.map { Grouping($0) }
  }

  struct Grouping: Encodable, Sendable {
    var grouping: String
    var units: [Unit]
    var standards: [Standard]

    init(_ grouping: CensusConsistency.Grouping) {
      let table = grouping.table
      self.grouping = table.grouping
      units = table.units.indices.map {
        Unit(
          number: grouping.number(ofUnit: $0), unit: table.units[$0],
          children: grouping.children[$0])
      }
      standards = table.rules.indices.map { rule in
        let cells = table.units.indices.map { table.cells[$0][rule] }
        return Standard(
          ruleID: table.rules[rule], met: cells.reduce(0) { $0 + $1.met },
          decided: cells.reduce(0) { $0 + $1.decided }, rate: table.overall[rule],
          units: cells.enumerated().map { unit, cell in
            UnitResult(
              number: grouping.number(ofUnit: unit), met: cell.met, decided: cell.decided,
              rate: cell.rate, position: cell.position?.rawValue)
          })
      }
    }
  }

  struct Unit: Encodable, Sendable {
    var number: Int
    var unit: String
    var children: Int
  }

  struct Standard: Encodable, Sendable {
    var ruleID: String
    var met: Int
    var decided: Int
    var rate: Double?
    var units: [UnitResult]

    enum CodingKeys: String, CodingKey {
      case met, decided, rate, units
      case ruleID = "rule_id"
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(ruleID, forKey: .ruleID)
      try container.encode(met, forKey: .met)
      try container.encode(decided, forKey: .decided)
      try container.encode(rate, forKey: .rate)
      try container.encode(units, forKey: .units)
    }
  }

  struct UnitResult: Encodable, Sendable {
    var number: Int
    var met: Int
    var decided: Int
    var rate: Double?
    var position: String?

    enum CodingKeys: String, CodingKey { case number, met, decided, rate, position }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(number, forKey: .number)
      try container.encode(met, forKey: .met)
      try container.encode(decided, forKey: .decided)
      try container.encode(rate, forKey: .rate)
      try container.encode(position, forKey: .position)
    }
  }
}
