import CaseAudit
import Foundation
import Hummingbird
import HummingbirdBcrypt

/// Signing in and out. The sign-in form's CSRF token is also in a cookie (double submit), and
/// a form a browser sends from another origin (another port of the same host among them, whose
/// pages can set that cookie) is refused, so a page elsewhere cannot sign a browser in; nor
/// does a sign-in replace a browser's live session. Failures are limited per account and
/// address.
extension Workspace {
  /// A hash no password matches, at the cost of new accounts' hashes, checked when the name
  /// is unknown so a wrong name takes as long as a wrong password and does not tell which
  /// names exist.
  private static let unknownAccountHash = Bcrypt.hash(
    RandomToken.make(), cost: AccountRegistration.defaultCost)

  func addSignInRoutes(to router: Router<WorkspaceContext>) {
    router.get("/sign-in") { request, _ -> Response in
      if await session(of: request) != nil { return PageRenderer.redirect(to: "/audits") }
      return signInPage(request: request, name: "", problem: nil, status: .ok)
    }
    router.post("/sign-in") { request, context -> Response in
      await signIn(request, address: context.addressKey)
    }
    router.post("/sign-out") { request, _ -> Response in
      guard let token = request.cookies[Self.sessionCookie]?.value,
        let session = await sessions.session(token: token)
      else { return Self.signInFirst }
      guard let form = await FormBody.read(request),
        RandomToken.same(form["csrf"] ?? "", session.csrf)
      else { return refusedForm(session) }
      await sessions.close(token: token)
      var response = PageRenderer.redirect(to: "/sign-in")
      response.setCookie(cookie(Self.sessionCookie, "", maxAge: 0))
      return response
    }
  }

  private func signIn(_ request: Request, address: String) async -> Response {
    if let session = await session(of: request) {
      return signInPage(
        request: request, name: "",
        problem: "this browser is signed in as \(session.account); sign out first",
        status: .conflict)
    }
    guard SignInOrigin.isOwn(request) else {
      return signInPage(
        request: request, name: "",
        problem: "this form was sent from another site's page, so nobody was signed in",
        status: .forbidden)
    }
    guard let form = await FormBody.read(request),
      let token = request.cookies[Self.signInCookie]?.value,
      RandomToken.same(form["csrf"] ?? "", token)
    else {
      return signInPage(
        request: request, name: "",
        problem: "this form's security token is missing or out of date, so nobody was signed"
          + " in; try again", status: .forbidden)
    }
    let name = form["name"] ?? ""
    let password = form["password"] ?? ""
    if let wait = await limiter.wait(account: name, address: address) {
      let minutes = max(1, Int((wait / 60).rounded(.up)))
      return signInPage(
        request: request, name: name,
        problem: "too many failed sign-ins; try again in \(minutes) minute"
          + (minutes == 1 ? "" : "s"), status: .tooManyRequests)
    }
    let account = (try? store.account(named: name)) ?? nil
    let matches = Bcrypt.verify(password, hash: account?.passwordHash ?? Self.unknownAccountHash)
    // bcrypt reads 72 bytes: a longer password would match any with the same start, so none
    // is taken (`users add` refuses to set one).
    guard let account, matches, !password.isEmpty, password.utf8.count <= 72 else {
      await limiter.fail(account: name, address: address)
      return signInPage(
        request: request, name: name, problem: "that name and password do not match an account",
        status: .unauthorized)
    }
    await limiter.succeed(account: name)
    let (sessionToken, _) = await sessions.open(account: account.name, role: account.role)
    var response = PageRenderer.redirect(to: "/audits")
    response.setCookie(cookie(Self.sessionCookie, sessionToken))
    response.setCookie(cookie(Self.signInCookie, "", maxAge: 0))
    return response
  }

  /// The sign-in page, with a CSRF token kept in the browser's sign-in cookie.
  private func signInPage(
    request: Request, name: String, problem: String?, status: HTTPResponse.Status
  ) -> Response {
    let token = request.cookies[Self.signInCookie]?.value ?? RandomToken.make()
    var values: [String: Any] = ["csrf": token, "name": name, "limit": limiter.rule]
    if let problem { values["problem"] = problem }
    var response = pages.page("sign-in", title: "Sign in", values: values, session: nil,
      status: status)
    response.setCookie(cookie(Self.signInCookie, token))
    return response
  }
}
