import Foundation

/// A rules diff as Markdown for a policy owner, or as JSON
/// (`{"rules": [{"rule_id", "status", "changed_cases": [{"case_id", "from", "to", "iro",
/// "team"}]}]}`).
public struct RulesDiffReport: Sendable {
  /// The diff.
  public let diff: RulesDiff

  /// Creates the report.
  public init(diff: RulesDiff) { self.diff = diff }

  /// Markdown: a summary table, then for each rule whose outcomes move, counts by IRO and team
  /// and the cases.
  public func markdown(old: String, new: String) -> String {
    var out = "# What changes from \(old) to \(new)\n\n"
    out += "| rule | status | met to not met | not met to met | other moves |\n"
    out += "|---|---|---:|---:|---:|\n"
    for rule in diff.rules {
      let counts = moves(rule.changedCases)
      var status = rule.status.rawValue
      if rule.status == .changed && !rule.definitionChanged { status += " (outcomes only)" }
      out += "| `\(rule.ruleID)` | \(status) | \(counts.down) | \(counts.up) | \(counts.other) |\n"
    }
    for rule in diff.rules where !rule.changedCases.isEmpty {
      out += "\n## `\(rule.ruleID)`: \(rule.changedCases.count) cases move\n"
      for (label, key) in [
        ("IRO", \RulesDiff.CaseChange.iro), ("team", \RulesDiff.CaseChange.team),
      ] {
        let groups = Dictionary(grouping: rule.changedCases, by: { $0[keyPath: key] })
        out +=
          "\n| \(label) | met to not met | not met to met | other moves |\n|---|---:|---:|---:|\n"
        for name in groups.keys.sorted() {
          let counts = moves(groups[name]!)
          out += "| \(MarkdownText.escape(name)) | \(counts.down) | \(counts.up) |"
          out += " \(counts.other) |\n"
        }
      }
      out += "\n| case | from | to | IRO | team |\n|---|---|---|---|---|\n"
      for change in rule.changedCases {
        out += "| \(MarkdownText.escape(change.caseID)) | \(change.from.rawValue) |"
        out += " \(change.to.rawValue) |"
        out += " \(MarkdownText.escape(change.iro)) |"
        out += " \(MarkdownText.escape(change.team)) |\n"
      }
    }
    return out
  }

  private func moves(_ changes: [RulesDiff.CaseChange]) -> (down: Int, up: Int, other: Int) {
    let down = changes.filter { $0.from == .met && $0.to == .notMet }.count
    let up = changes.filter { $0.from == .notMet && $0.to == .met }.count
    return (down, up, changes.count - down - up)
  }

  /// The JSON text, keys sorted.
  public func json() throws -> String {
    struct Change: Encodable {
      let caseID: String, from: String, to: String, iro: String, team: String
      enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case from, to, iro, team
      }
    }
    struct Rule: Encodable {
      let ruleID: String, status: String, changedCases: [Change]
      enum CodingKeys: String, CodingKey {
        case ruleID = "rule_id"
        case status
        case changedCases = "changed_cases"
      }
    }
    struct Document: Encodable { let rules: [Rule] }
    let document = Document(
      rules: diff.rules.map { rule in
        Rule(
          ruleID: rule.ruleID, status: rule.status.rawValue,
          changedCases: rule.changedCases.map {
            Change(
              caseID: $0.caseID, from: $0.from.rawValue, to: $0.to.rawValue, iro: $0.iro,
              team: $0.team)
          })
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}
