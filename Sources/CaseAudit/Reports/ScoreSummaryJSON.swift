/// The `summary` member of the scoring JSON: cases, grades, tallies and each rule's counts.
/// Its size grows with the rules and tallies, not the cases, so it is encoded whole.
struct SummaryJSON: Encodable {
  let summary: ScoreSummary

  private enum Keys: String, CodingKey {
    case cases, grades, tallies, id, title, total, rows, value, count, rules, items
    case unknownCases = "unknown_cases"
    case ruleID = "rule_id"
  }

  /// Encodes the summary.
  func encode(to encoder: Encoder) throws {
    var object = encoder.container(keyedBy: Keys.self)
    try object.encode(summary.caseCount, forKey: .cases)
    try object.encode(
      Dictionary(summary.grades.map { ($0.grade, $0.cases) }, uniquingKeysWith: { a, _ in a }),
      forKey: .grades)
    var tallies = object.nestedUnkeyedContainer(forKey: .tallies)
    for tally in summary.tallies {
      var entry = tallies.nestedContainer(keyedBy: Keys.self)
      try entry.encode(tally.id, forKey: .id)
      try entry.encode(tally.title, forKey: .title)
      try entry.encode(tally.total, forKey: .total)
      try entry.encode(tally.unknownCases, forKey: .unknownCases)
      var rows = entry.nestedUnkeyedContainer(forKey: .rows)
      for row in tally.rows {
        var rowObject = rows.nestedContainer(keyedBy: Keys.self)
        try rowObject.encode(row.value, forKey: .value)
        try rowObject.encode(row.count, forKey: .count)
      }
    }
    var rules = object.nestedUnkeyedContainer(forKey: .rules)
    for rule in summary.rules {
      var entry = rules.nestedContainer(keyedBy: Keys.self)
      try entry.encode(rule.ruleID, forKey: .ruleID)
      try entry.encode(rule.title, forKey: .title)
      try entry.encode(rule.cases, forKey: .cases)
      if rule.scoresItems { try entry.encode(rule.items, forKey: .items) }
    }
  }
}
