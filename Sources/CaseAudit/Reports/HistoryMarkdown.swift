import Foundation

/// The history sections of a report in Markdown: trends against the plan's earlier audits, and
/// the agreement of the auditors' moderation.
enum HistoryMarkdown {
  private typealias F = ReportFormatting

  /// Trends, when the plan has earlier audits.
  static func trends(_ history: ReportHistory?) -> String {
    guard let history, history.trends.contains(where: { $0.points.count > 1 }) else { return "" }
    var out = "## Trends\n\n" + Trend.method(history.trends) + "\n\n"
    out += "| rule | audits | change from the previous | test | p | larger than chance |\n"
    out += "|---|---|---:|---|---:|---|\n"
    for trend in history.trends where trend.points.count > 1 {
      let audits = trend.points.map { "\($0.asAt): \(F.percent($0.compliance))" }
        .joined(separator: "; ")
      let change = trend.comparison.flatMap { pair in
        pair.previous.compliance.flatMap { old in pair.current.compliance.map { ($0 - old) * 100 } }
      }
      let changeText =
        change.map { ($0 >= 0 ? "+" : "") + String(format: "%.1f", $0) + " points" } ?? "-"
      let p = trend.pValue.map { String(format: "%.3f", $0) } ?? "-"
      let verdict = trend.comparison == nil ? "-" : trend.significant ? "yes" : "no"
      out += "| `\(trend.ruleID)` | \(audits) | \(changeText) | \(trend.testText) | \(p) |"
      out += " \(verdict) |\n"
    }
    return out
  }

  /// Agreement, when the audit has been moderated.
  static func agreement(_ history: ReportHistory?) -> String {
    guard let agreement = history?.agreement, agreement.overall.count > 0 else { return "" }
    func row(_ label: String, _ value: Agreement) -> String {
      "| \(label) | \(value.count) | \(F.percent(value.percentage)) |"
        + " \(value.kappa.map { String(format: "%.2f", $0) } ?? "-") |"
        + " \(Agreement.interpretation(value.kappa)) |\n"
    }
    var out = "## Moderation\n\n" + agreement.method + "\n\n"
    out += "| engine and auditors | ratings | agreement | kappa | |\n|---|---:|---:|---:|---|\n"
    out += row("all auditors, all rules", agreement.overall)
    for (auditor, value) in agreement.byAuditor { out += row(m(auditor), value) }
    for (rule, value) in agreement.byRule { out += row("`\(rule)`", value) }
    if !agreement.betweenAuditors.isEmpty {
      out += "\n| between auditors | findings both rated | agreement | kappa | |\n"
      out += "|---|---:|---:|---:|---|\n"
      for (first, second, value) in agreement.betweenAuditors {
        out += row("\(m(first)) and \(m(second))", value)
      }
    }
    if !agreement.disagreements.isEmpty {
      out += "\n| case | rule | item | engine | auditor | auditor's outcome | note |\n"
      out += "|---|---|---|---|---|---|---|\n"
      for item in agreement.disagreements {
        out += finding(item) + " \(m(item.auditor)) | \(item.outcome.rawValue) |"
        out += " \(m(item.note)) |\n"
      }
    }
    if !agreement.auditorDisagreements.isEmpty {
      out += "\n| case | rule | item | engine | auditors' outcomes (they differ) |\n"
      out += "|---|---|---|---|---|\n"
      for group in agreement.auditorDisagreements {
        out += finding(group[0]) + " "
        out += group.map { "\(m($0.auditor)): \($0.outcome.rawValue)" }.joined(separator: "; ")
        out += " |\n"
      }
    }
    return out
  }

  /// A record value (case, item, auditor, note) escaped for Markdown.
  private static func m(_ text: String) -> String { MarkdownText.escape(text) }

  /// The cells naming a moderated finding and the engine's outcome.
  private static func finding(_ moderation: Moderation) -> String {
    "| \(m(moderation.caseID)) | `\(moderation.ruleID)` | \(m(moderation.itemID)) |"
      + " \(moderation.engineOutcome.rawValue) |"
  }
}
