import CaseAudit
import Foundation
import Hummingbird

/// The form answering a practice question about a sampled case, stored through the same
/// library function as every answer (`HistoryStore.recordAnswer`).
extension Workspace {
  func addAnswerRoutes(to router: Router<WorkspaceContext>) {
    router.post("/audits/:audit/cases/:case/answers") { request, context -> Response in
      guard let session = await session(of: request) else { return Self.signInFirst }
      guard let form = await FormBody.read(request),
        RandomToken.same(form["csrf"] ?? "", session.csrf)
      else { return refusedForm(session) }
      switch await loadedCase(context, session: session) {
      case .failure(let failure): return failure.response
      case .success(let (audit, index)):
        return answer(form, audit: audit, index: index, session: session)
      }
    }
  }

  /// Stores the signed-in user's answer; a question not asked of the case, an answer off its
  /// scale or a long note is answered with the case page saying so, and nothing is stored.
  private func answer(_ form: FormBody, audit: LoadedAudit, index: Int, session: Session)
    -> Response
  {
    let question = form["question"] ?? ""
    let note: String
    switch NoteText.checked(form["note"] ?? "") {
    case .success(let text): note = text
    case .failure(let problem):
      return casePage(
        audit, index: index, session: session, problem: problem.message, status: .badRequest)
    }
    do {
      try store.recordAnswer(
        audit: audit.id, caseID: audit.run.results[index].caseID, questionID: question,
        auditor: session.account, answer: form["answer"] ?? "", note: note)
    } catch {
      let message = (error as? Diagnostic)?.message ?? "the history could not be written"
      return casePage(
        audit, index: index, session: session, problem: "nothing was stored: \(message)",
        status: .badRequest)
    }
    return PageRenderer.redirect(
      to: "/audits/\(audit.id)/cases/\(index + 1)#question-\(question)")
  }
}
