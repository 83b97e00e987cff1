import CaseAudit
import Foundation
import Hummingbird

/// A sampled case's page and the form recording a judgement on one of its findings or items.
extension Workspace {
  func addCaseRoutes(to router: Router<WorkspaceContext>) {
    router.get("/audits/:audit/cases/:case") { request, context -> Response in
      guard let session = await session(of: request) else { return Self.signInFirst }
      switch await loadedCase(context, session: session) {
      case .failure(let failure): return failure.response
      case .success(let (audit, index)):
        return casePage(audit, index: index, session: session)
      }
    }
    router.post("/audits/:audit/cases/:case/judgements") { request, context -> Response in
      guard let session = await session(of: request) else { return Self.signInFirst }
      guard let form = await FormBody.read(request),
        RandomToken.same(form["csrf"] ?? "", session.csrf)
      else { return refusedForm(session) }
      switch await loadedCase(context, session: session) {
      case .failure(let failure): return failure.response
      case .success(let (audit, index)):
        return record(form, audit: audit, index: index, session: session)
      }
    }
  }

  func casePage(
    _ audit: LoadedAudit, index: Int, session: Session, problem: String? = nil,
    status: HTTPResponse.Status = .ok
  ) -> Response {
    let moderations = visible((try? store.moderations(audit: audit.id)) ?? [], to: session)
    let caseID = audit.run.results[index].caseID
    let answers = ((try? store.answers(audit: audit.id, caseID: caseID)) ?? []).filter {
      session.role == .manager || $0.auditor == session.account
    }
    var values = CaseView(
      audit: audit, index: index, session: session, moderations: moderations,
      questions: (try? store.questions(audit: audit.id, caseID: caseID)) ?? [], answers: answers
    ).values
    if let problem { values["problem"] = problem }
    return pages.page(
      "case", title: "Case \(index + 1) of audit \(audit.id)", values: values, session: session,
      status: status)
  }

  /// Stores the judgement of a form, as the signed-in user's own; bad input is answered with
  /// the case page saying what is wrong, and nothing is stored.
  private func record(_ form: FormBody, audit: LoadedAudit, index: Int, session: Session)
    -> Response
  {
    let real = audit.run.results[index]
    let bad = { (message: String) in
      casePage(audit, index: index, session: session, problem: message, status: .badRequest)
    }
    let rule = form["rule"] ?? ""
    guard let finding = real.findings.first(where: { $0.ruleID == rule }) else {
      return bad("nothing was stored: this case has no finding of rule '\(rule)'")
    }
    let itemText = form["item"] ?? ""
    var itemID = ""
    var anchor = "f\(real.findings.firstIndex { $0.ruleID == rule }!)"
    if !itemText.isEmpty {
      guard let item = Int(itemText), finding.items.indices.contains(item) else {
        return bad("nothing was stored: rule '\(rule)' has no item '\(itemText)' in this case")
      }
      itemID = finding.items[item].itemID
      anchor += "-i\(item)"
    }
    let outcomeText = form["outcome"] ?? ""
    guard let outcome = Outcome(rawValue: outcomeText) else {
      let names = Outcome.allCases.map(\.rawValue).joined(separator: ", ")
      return bad("nothing was stored: unknown outcome '\(outcomeText)'; expected one of \(names)")
    }
    let note: String
    switch NoteText.checked(form["note"] ?? "") {
    case .success(let text): note = text
    case .failure(let problem): return bad(problem.message)
    }
    do {
      _ = try store.moderate(
        audit: audit.id, case: real.caseID, rule: rule, item: itemID, auditor: session.account,
        outcome: outcome, note: note)
    } catch {
      let message = (error as? Diagnostic)?.message ?? "the history could not be written"
      return bad("nothing was stored: \(message)")
    }
    return PageRenderer.redirect(to: "/audits/\(audit.id)/cases/\(index + 1)#\(anchor)")
  }

  /// The audit and case position of a path, or the page saying there is no such case.
  func loadedCase(_ context: WorkspaceContext, session: Session) async -> Result<
    (LoadedAudit, Int), PageFailure
  > {
    switch await loadedAudit(context, session: session) {
    case .failure(let failure): return .failure(failure)
    case .success(let audit):
      guard let text = context.parameters.get("case"), let number = Int(text), number >= 1,
        number <= audit.run.results.count
      else {
        return .failure(PageFailure(pages.problem(
          "No such case", "audit \(audit.id) has no case number"
            + " '\(context.parameters.get("case") ?? "")'; its cases are numbered 1 to"
            + " \(audit.run.results.count)", status: .notFound, session: session)))
      }
      return .success((audit, number - 1))
    }
  }
}
