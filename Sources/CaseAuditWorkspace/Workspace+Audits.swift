import CaseAudit
import Foundation
import Hummingbird

/// The recorded audits, one audit's summary and cases, and its moderation summary.
extension Workspace {
  func addAuditRoutes(to router: Router<WorkspaceContext>) {
    router.get("/audits") { request, _ -> Response in
      guard let session = await session(of: request) else { return Self.signInFirst }
      return auditsPage(session)
    }
    router.get("/audits/:audit") { request, context -> Response in
      guard let session = await session(of: request) else { return Self.signInFirst }
      switch await loadedAudit(context, session: session) {
      case .failure(let failure): return failure.response
      case .success(let audit): return auditPage(audit, session: session)
      }
    }
    router.get("/audits/:audit/moderation") { request, context -> Response in
      guard let session = await session(of: request) else { return Self.signInFirst }
      guard session.role == .manager else {
        return pages.problem(
          "Managers only", "the moderation summary shows every auditor's judgements, so only"
            + " managers see it", status: .forbidden, session: session)
      }
      switch await loadedAudit(context, session: session) {
      case .failure(let failure): return failure.response
      case .success(let audit): return moderationPage(audit, session: session)
      }
    }
  }

  private func auditsPage(_ session: Session) -> Response {
    let audits = (try? store.audits()) ?? []
    let rows: [[String: Any]] = audits.map { audit in
      [
        "id": audit.auditID, "plan": audit.plan, "asAt": audit.asAt ?? "—", "cases": audit.cases,
        "complete": audit.complete, "state": audit.complete ? "complete" : "incomplete",
      ]
    }
    return pages.page(
      "audits", title: "Recorded audits", values: ["audits": rows, "any": !rows.isEmpty],
      session: session)
  }

  private func auditPage(_ audit: LoadedAudit, session: Session) -> Response {
    let run = audit.shown
    let plan = run.plan
    let visible = self.visible((try? store.moderations(audit: audit.id)) ?? [], to: session)
    let auditors =
      session.role == .manager
      ? Array(Set(visible.map(\.auditor)).union([session.account])).sorted() : [session.account]
    var judged: [String: [String: Int]] = [:]  // real case id: auditor: judgements
    for moderation in visible {
      judged[moderation.caseID, default: [:]][moderation.auditor, default: 0] += 1
    }
    let cases: [[String: Any]] = run.results.indices.map { index in
      let real = audit.run.results[index]
      let total = real.findings.reduce(0) { $0 + 1 + $1.items.count }
      return [
        "audit": audit.id, "number": index + 1, "caseID": run.results[index].caseID,
        "stratum": run.sample.cases[index].frameCase.stratum,
        "grade": run.results[index].grade ?? "not graded",
        "progress": auditors.map { "\(judged[real.caseID]?[$0] ?? 0) of \(total)" },
      ]
    }
    var counts: [String: OutcomeCounts] = [:]
    var order: [String] = []
    for result in run.results {
      for finding in result.findings {
        if counts[finding.ruleID] == nil { order.append(finding.ruleID) }
        counts[finding.ruleID, default: OutcomeCounts()].add(finding.outcome)
      }
    }
    let rules: [[String: Any]] = order.map { rule in
      let c = counts[rule]!
      return [
        "rule": rule, "met": c.met, "notMet": c.notMet, "insufficient": c.insufficientEvidence,
        "notApplicable": c.notApplicable,
      ]
    }
    let context = plan.context
    let day = { (day: Day?) in day?.description ?? "—" }
    let facts: [(String, String)] = [
      ("Plan", plan.id),
      ("Period", "\(day(context.periodStart)) to \(day(context.periodEnd))"),
      ("As at", day(context.asAt)),
      ("Seed", String(run.sample.seed)),
      ("Population", String(run.sample.population)),
      ("Sampled cases", String(run.results.count)),
      ("Rule pack", "\(plan.pack.id) \(plan.pack.version)"),
    ]
    let values: [String: Any] = [
      "id": audit.id, "heading": plan.title,
      "facts": facts.map { ["name": $0.0, "value": $0.1] },
      "redacted": audit.isRedacted ? Self.redactedNotice : false,
      "manager": session.role == .manager, "downloads": DownloadFile.allCases.map(\.rawValue),
      "rules": rules, "auditors": auditors, "cases": cases,
      "progressNote": session.role == .manager
        ? "Judged: of each case's findings and items, how many each auditor has judged."
        : "Judged: of each case's findings and items, how many you have judged.",
    ]
    return pages.page("audit", title: "Audit \(audit.id)", values: values, session: session)
  }

  private func moderationPage(_ audit: LoadedAudit, session: Session) -> Response {
    let moderations = (try? store.moderations(audit: audit.id)) ?? []
    let shown = audit.shownModerations(moderations)
    // The answers' counts and agreement name no case, and auditors go by their names here as
    // in the judgements above, so they are shown as the history holds them.
    let answers = (try? store.questionAnswers(audit: audit.id)) ?? nil
    let history = ReportHistory(
      auditID: audit.id, trends: [],
      agreement: shown.isEmpty ? nil : ModerationAgreement(shown), answers: answers)
    var values: [String: Any] = ["audit": audit.id]
    if let section = history.moderationHTML { values["section"] = section }
    return pages.page(
      "moderation", title: "Moderation of audit \(audit.id)", values: values, session: session)
  }

  /// The judgements a user may see: a manager everyone's, an auditor their own.
  func visible(_ moderations: [Moderation], to session: Session) -> [Moderation] {
    session.role == .manager ? moderations : moderations.filter { $0.auditor == session.account }
  }

  /// What a redacted audit's pages say.
  static let redactedNotice =
    "This audit's report is redacted: ids, references and personal fields are shown as keyed"
    + " pseudonyms, as in its report."
}
