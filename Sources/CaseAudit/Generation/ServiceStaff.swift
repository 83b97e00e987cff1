import Foundation

/// The professionals and teams of a synthetic service: 9 IROs and social-work teams.
public struct ServiceStaff: Sendable {
  /// A synthetic professional.
  public struct Person: Sendable {
    /// Their id.
    public var id: String
    /// Their (invented) name.
    public var name: String
    /// Their role code.
    public var role: String
    /// Their team's id.
    public var team: String
  }

  /// Social-work teams with the weights of the reference report's escalations by team (the
  /// two teams it shows none for hold a few children).
  public static let teams: [(id: String, name: String, weight: Double)] = [
    ("T01", "Children in Care", 128), ("T02", "Court", 51), ("T03", "Disability 0-25", 6),
    ("T04", "Aftercare", 0.5), ("T05", "Help and Protection Area 1", 5),
    ("T06", "Help and Protection Area 2", 8), ("T07", "Help and Protection Area 3", 6),
    ("T08", "Help and Protection Project", 2), ("T09", "Social Work Academy", 0.5),
    ("T10", "Assessment Area 1", 1), ("T11", "Assessment Area 2", 1),
    ("T12", "Assessment Area 3", 3),
  ]

  /// The IRO service's own team.
  public static let iroTeam = (id: "T00", name: "Independent Reviewing Service")

  /// The IROs; the ninth works part-time (8.3 full-time equivalents in all).
  public private(set) var iros: [Person] = []
  /// Social workers by team index.
  public private(set) var socialWorkers: [[Person]] = []
  /// Team managers by team index.
  public private(set) var managers: [Person] = []
  /// Heads of service and the service director.
  public private(set) var seniors: [Person] = []
  /// Every professional, in id order.
  public var everyone: [Person] { iros + socialWorkers.flatMap { $0 } + managers + seniors }

  private static let first = [
    "Amira", "Ben", "Chloe", "Daniel", "Ella", "Farid", "Grace", "Harry", "Isla", "Jamal", "Kate",
    "Liam", "Maya", "Nathan", "Olivia", "Priya", "Rhys", "Sophie", "Tom", "Uma", "Victor", "Wendy",
  ]
  private static let last = [
    "Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones",
    "Khan", "Lewis", "Morgan", "Nolan", "Owen", "Patel", "Quinn", "Roberts", "Singh", "Taylor",
  ]

  /// Staff for an export of `children` children (about a quarter of them looked after at a
  /// time, 16 to a social worker), named deterministically from the seed.
  public init(children: Int, seed: UInt64) {
    var random = RandomSource(seed: seed, stream: 0xFFFF_FFFF)
    func name() -> String {
      "\(ServiceStaff.first[random.int(in: 0...21)]) \(ServiceStaff.last[random.int(in: 0...19)])"
    }
    iros = (1...9).map {
      Person(id: String(format: "IRO%02d", $0), name: name(), role: "iro", team: "T00")
    }
    let totalWeight = ServiceStaff.teams.reduce(0) { $0 + $1.weight }
    for (index, team) in ServiceStaff.teams.enumerated() {
      let lookedAfter = Double(children) * CareHistoryDistributions.lookedAfterShare
      let share = lookedAfter * team.weight / totalWeight
      let count = max(2, Int((share / 16).rounded(.up)))
      socialWorkers.append(
        (1...count).map {
          Person(
            id: "SW\(team.id.dropFirst())\(String(format: "%03d", $0))", name: name(),
            role: "social_worker", team: team.id)
        })
      managers.append(
        Person(id: "TM\(team.id.dropFirst())", name: name(), role: "team_manager", team: team.id))
      _ = index
    }
    seniors = [
      Person(id: "HOS1", name: name(), role: "head_of_service", team: "T01"),
      Person(id: "HOS2", name: name(), role: "head_of_service", team: "T05"),
      Person(id: "DIR1", name: name(), role: "service_director", team: "T01"),
    ]
  }

  /// IRO weights: the ninth IRO has a smaller caseload.
  public static let iroWeights: [Double] = [1, 1, 1, 1, 1, 1, 1, 1, 0.3]
}
