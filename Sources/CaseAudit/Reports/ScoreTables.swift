/// The Markdown summary of a scoring run: per rule, cases and items by outcome, and grades.
public struct ScoreTables: Sendable {
  /// The pack scored.
  public let pack: RulePack
  /// The run's as-at date and period.
  public let context: AuditContext
  /// The counts.
  public let summary: ScoreSummary

  /// Creates the tables.
  public init(pack: RulePack, context: AuditContext, summary: ScoreSummary) {
    self.pack = pack
    self.context = context
    self.summary = summary
  }

  /// Markdown text.
  public func markdown() -> String {
    var out = "# \(pack.title): \(summary.caseCount) cases scored\n\n"
    out += "- Pack: \(pack.id) \(pack.version) (fingerprint \(pack.fingerprint.prefix(16)))\n"
    out += "- As at: \(context.asAt?.description ?? "not given")\n"
    let start = context.periodStart?.description ?? "open"
    let end = context.periodEnd?.description ?? "open"
    out += "- Period: \(start) to \(end)\n\n"
    out += "| rule | applicable | met | not met | insufficient | compliance |\n"
    out += "|---|---:|---:|---:|---:|---:|\n"
    for rule in summary.rules {
      out += row("`\(rule.ruleID)` cases", rule.cases)
      if rule.scoresItems { out += row("`\(rule.ruleID)` items", rule.items) }
    }
    out += "\n| grade | cases |\n|---|---:|\n"
    for (grade, cases) in summary.grades { out += "| \(MarkdownText.escape(grade)) | \(cases) |\n" }
    return out + TallyMarkdown.render(summary.tallies)
  }

  private func row(_ label: String, _ counts: OutcomeCounts) -> String {
    let compliance = counts.compliance.map { percent($0) } ?? "-"
    return "| \(label) | \(counts.applicable) | \(counts.met) | \(counts.notMet) |"
      + " \(counts.insufficientEvidence) | \(compliance) |\n"
  }

  private func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
