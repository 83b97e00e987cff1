import CaseAudit
import Foundation
import Hummingbird

/// The audit workspace over one history: its routes, sessions and sign-in limits. The
/// server (`WorkspaceServer`) and the HTTP tests both use its router.
public struct Workspace: Sendable {
  /// The history.
  let store: HistoryStore
  let sessions: SessionStore
  let limiter: SignInLimiter
  let audits: AuditLibrary
  let pages: PageRenderer
  /// Whether cookies are marked Secure: only when the browser reaches the workspace over TLS.
  let secureCookies: Bool

  /// The session cookie's name.
  static let sessionCookie = "caseaudit_session"
  /// The cookie holding the sign-in form's CSRF token before anyone is signed in.
  static let signInCookie = "caseaudit_signin"

  /// A workspace over `store`; `secureCookies` when served over TLS. The sign-in limits are
  /// failures per account and per address within `window` seconds.
  public init(
    store: HistoryStore, secureCookies: Bool = false, perAccount: Int = 5, perAddress: Int = 20,
    window: TimeInterval = 15 * 60
  ) throws {
    self.store = store
    self.secureCookies = secureCookies
    sessions = SessionStore()
    limiter = SignInLimiter(perAccount: perAccount, perAddress: perAddress, window: window)
    audits = AuditLibrary(store: store)
    pages = try PageRenderer()
  }

  /// Every route of the workspace.
  public func router() -> Router<WorkspaceContext> {
    let router = Router(context: WorkspaceContext.self)
    router.get("/") { _, _ -> Response in PageRenderer.redirect(to: "/audits") }
    router.get("/style.css") { _, _ -> Response in
      PageRenderer.response(
        Stylesheet.css, type: "text/css; charset=utf-8", extra: [.cacheControl: "max-age=3600"])
    }
    addSignInRoutes(to: router)
    addAuditRoutes(to: router)
    addCaseRoutes(to: router)
    addAnswerRoutes(to: router)
    addDownloadRoutes(to: router)
    return router
  }

  /// The signed-in session of a request, or nil.
  func session(of request: Request) async -> Session? {
    guard let token = request.cookies[Self.sessionCookie]?.value else { return nil }
    return await sessions.session(token: token)
  }

  /// A cookie of the workspace's: HttpOnly, SameSite=Strict, Secure over TLS.
  func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
    Cookie(
      name: name, value: value, maxAge: maxAge, path: "/", secure: secureCookies,
      httpOnly: true, sameSite: .strict)
  }

  /// The page refusing a request that needs a signed-in user: to the sign-in page.
  static let signInFirst = PageRenderer.redirect(to: "/sign-in")

  /// The response to a form whose CSRF token is missing or wrong: refused, nothing done.
  func refusedForm(_ session: Session?) -> Response {
    pages.problem(
      "Form refused",
      "this form's security token is missing or out of date, so nothing was done; open the"
        + " page again and resubmit", status: .forbidden, session: session)
  }

  /// The audit id of a path, or nil when it is not a whole number from 1.
  static func auditID(_ context: WorkspaceContext) -> Int64? {
    guard let text = context.parameters.get("audit"), let id = Int64(text), id >= 1 else {
      return nil
    }
    return id
  }

  /// The audit of a path's id as the workspace shows it, or the page saying why not.
  func loadedAudit(_ context: WorkspaceContext, session: Session) async -> Result<
    LoadedAudit, PageFailure
  > {
    guard let id = Self.auditID(context) else {
      return .failure(PageFailure(pages.problem(
        "No such audit", "there is no such audit in this history", status: .notFound,
        session: session)))
    }
    do {
      return .success(try await audits.audit(id))
    } catch {
      let message = (error as? Diagnostic)?.message ?? "audit \(id) cannot be shown"
      return .failure(PageFailure(pages.problem(
        "Audit \(id) cannot be shown", message, status: .notFound, session: session)))
    }
  }
}

/// A page to answer with instead of the one asked for.
struct PageFailure: Error {
  /// The page.
  let response: Response
  init(_ response: Response) { self.response = response }
}
