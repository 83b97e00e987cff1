/// The audited cases, each with its facts, timeline and findings with their evidence.
enum AuditCaseSection {
  private typealias F = ReportFormatting

  /// The section.
  static func build(_ report: AuditReport) -> ReportSection {
    let run = report.run
    let end = run.plan.context.asAt ?? run.plan.context.periodEnd ?? Day(number: 0)
    let files = zip(run.sample.cases, run.results).map { drawn, result -> ReportBlock in
      var facts = [ReportFact("Stratum", drawn.frameCase.stratum)]
      if !run.redacted { facts.append(ReportFact("priority key", drawn.key.hex)) }
      if let score = result.score { facts.append(ReportFact("score", F.percent(score))) }
      let timeline = timeline(of: run, case: drawn, result: result, end: end)
      return .caseFile(
        ReportCaseFile(
          id: "case-\(result.caseID)", caseID: result.caseID,
          grade: result.grade ?? "not graded", facts: facts, timeline: timeline,
          findings: result.findings.map(finding)))
    }
    return ReportSection(id: "cases", heading: "Cases", blocks: files)
  }

  /// The timeline of a sampled case of the run (its records over the three years to `end`).
  static func timeline(of run: AuditRun, case drawn: Sample.Drawn, result: CaseResult, end: Day)
    -> ReportFigure
  {
    ReportFigure(
      caption: "Timeline of \(result.caseID)",
      svg: TimelineSVG.render(run.data.dataset, caseRow: drawn.frameCase.row, end: end),
      description: "The case's records over the three years to \(end)", isWide: true)
  }

  private static func finding(_ finding: RuleFinding) -> ReportFinding {
    ReportFinding(
      subject: finding.ruleID, outcome: finding.outcome, message: finding.message ?? "",
      evidence: F.evidence(finding.evidence),
      items: finding.items.filter { $0.outcome != .met }.map { item in
        ReportFinding(
          subject: item.itemID, outcome: item.outcome, message: item.message ?? "",
          evidence: F.evidence(item.evidence))
      })
  }
}

extension AuditRun {
  /// The timeline of the sampled case at `index` (in sample order), as the report draws it.
  public func timeline(ofCaseAt index: Int) -> ReportFigure {
    let end = plan.context.asAt ?? plan.context.periodEnd ?? Day(number: 0)
    return AuditCaseSection.timeline(
      of: self, case: sample.cases[index], result: results[index], end: end)
  }
}
