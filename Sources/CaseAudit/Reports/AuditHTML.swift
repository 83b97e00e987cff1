import Mustache

/// The audit report as one self-contained HTML page (inline CSS and SVG, no scripts, no
/// network), rendered from `AuditHTMLTemplate` with every value from the records escaped.
public struct AuditHTML: Sendable {
  /// The report.
  public let report: AuditReport

  /// Creates the renderer.
  public init(report: AuditReport) { self.report = report }

  private typealias F = ReportFormatting

  /// The page.
  public func render() throws -> String {
    let template = try MustacheTemplate(string: AuditHTMLTemplate.text)
    return template.render(context())
  }

  private func context() -> [String: Any] {
    let run = report.run
    let plan = run.plan
    let context = plan.context
    var values: [String: Any] = [
      "title": plan.title, "plan_id": plan.id,
      "period":
        (context.periodStart?.description ?? "open") + " to "
        + (context.periodEnd?.description ?? "open"),
      "as_at": context.asAt?.description ?? "not given", "pack_id": plan.pack.id,
      "pack_version": plan.pack.version, "pack_fingerprint": plan.pack.fingerprint,
      "data_fingerprint": run.dataFingerprint, "seed": String(run.sample.seed),
      "engine_version": AuditReport.engineVersion, "population": run.sample.population,
      "sample_size": run.sample.cases.count,
      "statistics_method": StatisticsMethod.summary(report.statistics, design: report.design),
      "statistics_notes": StatisticsMethod.notes(report.statistics),
    ]
    if run.frame.undecided > 0 { values["undecided"] = run.frame.undecided }
    values["warnings"] = run.samplingWarnings.map(\.message)
    if run.redacted { values["redacted"] = AuditReport.redactionNotice }
    if let window = plan.excludeAuditedWithin {
      values["excluded"] = "\(run.excludedByHistory) cases left out as audited within \(window)"
    }
    values["strata"] = run.sample.strata.map {
      ["name": $0.name, "population": $0.population, "sample": $0.sample] as [String: Any]
    }
    values["grades"] = report.summary.grades.map {
      ["grade": $0.grade, "cases": $0.cases] as [String: Any]
    }
    values["rules"] = report.statistics.map { rule -> [String: Any] in
      counts(rule.cases).merging([
        "title": rule.title, "rule_id": rule.ruleID, "interval": F.interval(rule.wilson),
        "upper": F.percent(rule.nonComplianceUpper), "estimate": F.estimate(rule.populationEstimate),
      ]) { $1 }
    }
    values["item_rules"] = report.statistics.compactMap { rule in
      rule.items.map { counts($0).merging(["rule_id": rule.ruleID]) { $1 } }
    }
    values["groupings"] = report.consistency.map(grouping)
    values["consistency_method"] = ConsistencyTable.method
    let trends = (report.history?.trends ?? []).filter { $0.points.count > 1 }
    values["trends"] = trends.map { trend -> [String: Any] in
      [
        "rule_id": trend.ruleID, "svg": TrendChartSVG.render(trend),
        "p": trend.pValue.map { String(format: "%.3f", $0) } ?? "-", "test": trend.testText,
        "verdict": trend.significant ? "a change larger than chance" : "within chance",
      ]
    }
    values["has_trends"] = !trends.isEmpty
    values["trends_method"] = Trend.method(report.history?.trends ?? [])
    values["moderation_html"] = MarkdownTables.html(HistoryMarkdown.agreement(report.history))
    values["has_tallies"] = !report.summary.tallies.isEmpty
    values["tallies"] = report.summary.tallies.map { tally -> [String: Any] in
      [
        "title": tally.title, "total": tally.total,
        "unknown": tally.unknownCases > 0
          ? "\(tally.unknownCases) cases not counted: records not provided" : "",
        "rows": tally.rows.map { row -> [String: Any] in
          let share = tally.total == 0 ? nil : Double(row.count) / Double(tally.total)
          return ["value": row.value, "count": row.count, "share": F.percent(share)]
        },
      ]
    }
    values["cases"] = zip(run.sample.cases, run.results).map(caseContext)
    values["counts"] = run.data.counts.map {
      [
        "type": $0.type, "file": ImportSummary.fileName($0.file),
        "loaded": $0.provided ? String($0.loaded) : "not provided",
        "excluded": $0.provided ? String($0.excluded) : "-",
      ]
    }
    var kinds: [String: (Int, Int)] = [:]
    for diagnostic in run.data.diagnostics {
      var entry = kinds[diagnostic.kind ?? "other", default: (0, 0)]
      if diagnostic.severity == .error { entry.0 += 1 } else { entry.1 += 1 }
      kinds[diagnostic.kind ?? "other"] = entry
    }
    values["kinds"] = kinds.keys.sorted().map {
      ["kind": $0, "errors": kinds[$0]!.0, "warnings": kinds[$0]!.1] as [String: Any]
    }
    return values
  }

  private func counts(_ counts: OutcomeCounts) -> [String: Any] {
    [
      "applicable": counts.applicable, "met": counts.met, "not_met": counts.notMet,
      "insufficient": counts.insufficientEvidence, "compliance": F.percent(counts.compliance),
    ]
  }

  private func grouping(_ table: ConsistencyTable) -> [String: Any] {
    let plots = table.rules.indices.compactMap { index -> [String: Any]? in
      guard let svg = FunnelPlotSVG.render(table, rule: index) else { return nil }
      let outliers = table.units.indices.filter {
        let position = table.cells[$0][index].position
        return position != nil && position != .within
      }.map { "\(table.units[$0]) \(F.position(table.cells[$0][index].position))" }
      return [
        "svg": svg, "rule_id": table.rules[index], "outliers": outliers.joined(separator: ", "),
      ]
    }
    return ["name": table.grouping, "heatmap": HeatMapSVG.render(table), "plots": plots]
  }

  private func caseContext(_ drawn: Sample.Drawn, _ result: CaseResult) -> [String: Any] {
    let run = report.run
    let end = run.plan.context.asAt ?? run.plan.context.periodEnd ?? Day(number: 0)
    // Absent values are left out of the context: the template's sections treat a nil wrapped
    // in Any as present and would print "nil".
    var values: [String: Any] = [
      "case_id": result.caseID, "grade": result.grade ?? "not graded",
      "stratum": drawn.frameCase.stratum,
      "timeline": TimelineSVG.render(run.data.dataset, caseRow: drawn.frameCase.row, end: end),
      "findings": result.findings.map { finding -> [String: Any] in
        [
          "rule_id": finding.ruleID, "outcome": finding.outcome.rawValue,
          "outcome_text": F.outcome(finding.outcome), "message": finding.message ?? "",
          "evidence": F.evidence(finding.evidence),
          "items": finding.items.filter { $0.outcome != .met }.map { item -> [String: Any] in
            [
              "item_id": item.itemID, "outcome": item.outcome.rawValue,
              "outcome_text": F.outcome(item.outcome), "message": item.message ?? "",
            ]
          },
        ]
      },
    ]
    if !run.redacted { values["key"] = drawn.key.hex }
    if let score = result.score { values["score"] = F.percent(score) }
    return values
  }
}
