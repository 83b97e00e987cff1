import Foundation

/// The audit report as Markdown.
public struct AuditMarkdown: Sendable {
  /// The report.
  public let report: AuditReport

  /// Creates the renderer.
  public init(report: AuditReport) { self.report = report }

  /// The whole report.
  public func render() -> String {
    [
      header(), summary(), HistoryMarkdown.trends(report.history),
      HistoryMarkdown.agreement(report.history), consistency(), themes(), cases(), dataQuality(),
    ].filter { !$0.isEmpty }.joined(separator: "\n")
  }

  private typealias F = ReportFormatting
  /// Record values (ids, names, messages, evidence) are escaped: see `MarkdownText`.
  private static let m = MarkdownText.escape

  private func header() -> String {
    let run = report.run
    let plan = run.plan
    let context = plan.context
    var out = "# \(Self.m(plan.title))\n\n"
    out += "- Plan: `\(plan.id)` (\(Self.m(plan.path)))\n"
    out += "- Period: \(context.periodStart?.description ?? "open") to"
    out +=
      " \(context.periodEnd?.description ?? "open");"
    out += " as at \(context.asAt?.description ?? "not given")\n"
    out +=
      "- Rule pack: `\(plan.pack.id)` version \(plan.pack.version),"
    out += " fingerprint \(plan.pack.fingerprint)\n"
    out += "- Data: fingerprint \(run.dataFingerprint)\n"
    out += "- Seed: \(run.sample.seed); CaseAudit \(AuditReport.engineVersion)\n"
    if run.redacted { out += "- Redacted: \(AuditReport.redactionNotice)\n" }
    out += "- Population: \(run.sample.population) cases; sample: \(run.sample.cases.count) cases"
    if let window = plan.excludeAuditedWithin {
      out += "; \(run.excludedByHistory) cases left out as audited within \(window) before the"
      out += " as-at date"
    }
    if run.frame.undecided > 0 {
      out += "; \(run.frame.undecided) cases left out because their membership could not be decided"
    }
    out += "\n"
    for warning in run.samplingWarnings { out += "- Warning: \(Self.m(warning.message))\n" }
    out += "\n| stratum | population | sample |\n|---|---:|---:|\n"
    for stratum in run.sample.strata {
      out += "| \(Self.m(stratum.name)) | \(stratum.population) | \(stratum.sample) |\n"
    }
    return out
  }

  private func summary() -> String {
    var out = "## Summary\n\n| grade | cases |\n|---|---:|\n"
    for (grade, count) in report.summary.grades { out += "| \(grade) | \(count) |\n" }
    out += "\n" + Self.m(StatisticsMethod.summary(report.statistics, design: report.design))
    out += "\n"
    out += "\n| rule | applicable | met | not met | insufficient | compliance | 95% interval |"
    out += " non-compliance at most | population estimate |\n"
    out += "|---|---:|---:|---:|---:|---:|---|---:|---:|\n"
    for rule in report.statistics {
      let c = rule.cases
      out += "| `\(rule.ruleID)` | \(c.applicable) | \(c.met) | \(c.notMet) |"
      out +=
        " \(c.insufficientEvidence) | \(F.percent(c.compliance)) | \(F.interval(rule.wilson)) |"
      out += " \(F.percent(rule.nonComplianceUpper)) | \(F.estimate(rule.populationEstimate)) |\n"
    }
    out += "\n" + StatisticsMethod.notes(report.statistics).map { "- " + Self.m($0) + "\n" }
      .joined()
    out += "\nItems (reviews, periods, escalations, actions) within the sampled cases:\n\n"
    out += "| rule | applicable | met | not met | insufficient | compliance |\n"
    out += "|---|---:|---:|---:|---:|---:|\n"
    for rule in report.statistics {
      guard let items = rule.items else { continue }
      out += "| `\(rule.ruleID)` | \(items.applicable) | \(items.met) | \(items.notMet) |"
      out += " \(items.insufficientEvidence) | \(F.percent(items.compliance)) |\n"
    }
    return out
  }

  private func consistency() -> String {
    var out = "## Consistency\n\n" + ConsistencyTable.method + "\n"
    for table in report.consistency {
      out += "\n### By \(Self.m(table.grouping))\n\n| \(Self.m(table.grouping)) |"
      out += table.rules.map { " `\($0)` |" }.joined() + "\n|---|"
      out += String(repeating: "---|", count: table.rules.count) + "\n"
      for (index, unit) in table.units.enumerated() {
        out += "| \(Self.m(unit)) |"
        for cell in table.cells[index] {
          guard cell.decided > 0 else {
            out += " - |"
            continue
          }
          let flag = cell.position == .within ? "" : " (\(F.position(cell.position)))"
          out += " \(cell.met)/\(cell.decided)\(flag) |"
        }
        out += "\n"
      }
    }
    return out
  }

  private func themes() -> String {
    let text = TallyMarkdown.render(report.summary.tallies)
    return text.isEmpty ? "" : String(text.dropFirst()) + "\nCounted over the sampled cases.\n"
  }

  private func cases() -> String {
    var out = "## Cases\n"
    for (drawn, result) in zip(report.run.sample.cases, report.run.results) {
      out += "\n### \(Self.m(result.caseID))\n\n"
      out += "Stratum \(Self.m(drawn.frameCase.stratum));"
      if !report.run.redacted { out += " key \(drawn.key.hex);" }
      out += " grade"
      out += " \(result.grade ?? "not graded")"
      if let score = result.score { out += " (score \(F.percent(score)))" }
      out += "\n\n"
      for finding in result.findings {
        out += "- `\(finding.ruleID)`: **\(F.outcome(finding.outcome))**"
        if let message = finding.message { out += ": \(Self.m(message))" }
        if !finding.evidence.isEmpty { out += " (\(Self.m(F.evidence(finding.evidence))))" }
        out += "\n"
        for item in finding.items where item.outcome != .met {
          out += "  - \(Self.m(item.itemID)): \(F.outcome(item.outcome))"
          if let message = item.message { out += ": \(Self.m(message))" }
          if !item.evidence.isEmpty { out += " (\(Self.m(F.evidence(item.evidence))))" }
          out += "\n"
        }
      }
    }
    return out
  }

  private func dataQuality() -> String {
    var out = "## Data quality\n\n```\n" + ImportSummary(result: report.run.data).render() + "```\n"
    out += "\nInsufficient evidence in the sample: "
    out += report.statistics.filter { $0.cases.insufficientEvidence > 0 }
      .map { "`\($0.ruleID)` \($0.cases.insufficientEvidence)" }.joined(separator: ", ")
    return out
      + (report.statistics.allSatisfy { $0.cases.insufficientEvidence == 0 } ? "none\n" : "\n")
  }
}
