import CaseAudit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CaseAuditWorkspace

/// Signing in: every page needs it, its form carries a CSRF token, failures are limited, and
/// the session cookie is HttpOnly and SameSite=Strict.
@Suite struct SignInTests {
  @Test func everyPageNeedsSignIn() async throws {
    try await WorkspaceFixture.with { fixture in
      try await fixture.test { client in
        for uri in [
          "/audits", "/audits/1", "/audits/1/cases/1", "/audits/1/moderation",
          "/audits/1/files/report.html", "/audits/1/files/findings.csv",
        ] {
          let response = try await client.execute(uri: uri, method: .get)
          #expect(response.status == .seeOther, "\(uri)")
          #expect(response.headers[.location] == "/sign-in", "\(uri)")
        }
        let posted = try await client.execute(
          uri: "/audits/1/cases/1/judgements", method: .post,
          headers: [.contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(string: "rule=reviews_within_timescale&item=&outcome=met&note=x"))
        #expect(posted.headers[.location] == "/sign-in")
      }
      #expect(try fixture.store.moderations(audit: 1) == [])
    }
  }

  @Test func theSignInPageIsWhole() async throws {
    try await WorkspaceFixture.with { fixture in
      try await fixture.test { client in
        var browser = Browser()
        let response = try await browser.get(client, "/sign-in")
        #expect(response.status == .ok)
        let page = String(buffer: response.body).replacingOccurrences(of: browser.csrf, with: "T")
        #expect(
          page == """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · CaseAudit workspace</title>
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>
            <header class="bar">
            <a href="/audits" id="home">CaseAudit workspace</a>
            </header>
            <main>
            <h1>Sign in</h1>
            <form method="post" action="/sign-in" id="sign-in-form" class="sign-in">
            <input type="hidden" name="csrf" value="T">
            <label for="name">Name</label>
            <input id="name" name="name" value="" autocomplete="username" required>
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password"
            required>
            <button type="submit" id="sign-in" name="sign_in">Sign in</button>
            </form>
            <p class="note" id="limit">After 5 failed sign-ins to one account, or 20 from one \
            address, within 15 minutes, signing in there is refused until the oldest falls outside \
            those 15 minutes.</p>
            </main>
            </body>
            </html>

            """)
        #expect(
          Self.cookie(response.headers[.setCookie] ?? "")
            == ["caseaudit_signin=\(browser.csrf)", "HttpOnly", "Path=/", "SameSite=Strict"])
      }
    }
  }

  @Test func theSessionCookieIsHttpOnlyAndStrictAndSecureOverTLS() async throws {
    try await WorkspaceFixture.with { fixture in
      for secure in [false, true] {
        let workspace = try Workspace(store: fixture.store, secureCookies: secure)
        let app = Application(router: workspace.router())
        try await app.test(.router) { client in
          var browser = Browser()
          _ = try await browser.get(client, "/sign-in")
          let response = try await browser.post(
            client, "/sign-in",
            [("csrf", browser.csrf), ("name", "alice"), ("password", "alice-pw-1")])
          #expect(response.headers[.location] == "/audits")
          let token = try #require(browser.cookies["caseaudit_session"])
          #expect(token.count == 64)
          let cookies = response.headers[values: .setCookie].map(SignInTests.cookie)
          #expect(
            cookies.contains(
              ["caseaudit_session=\(token)", "HttpOnly", "Path=/", "SameSite=Strict"]
                + (secure ? ["Secure"] : [])))
        }
      }
    }
  }

  @Test func signInWithoutTheFormsTokenIsRefused() async throws {
    try await WorkspaceFixture.with { fixture in
      try await fixture.test { client in
        var browser = Browser()
        _ = try await browser.get(client, "/sign-in")
        for csrf in ["", "0123"] {
          let response = try await browser.post(
            client, "/sign-in", [("csrf", csrf), ("name", "alice"), ("password", "alice-pw-1")])
          #expect(response.status == .forbidden)
          #expect(
            Self.problem(response)
              == "this form&#39;s security token is missing or out of date, so nobody was signed"
              + " in; try again")
          #expect(browser.cookies["caseaudit_session"] == nil)
        }
      }
    }
  }

  @Test func failedSignInsAreLimitedPerAccount() async throws {
    try await WorkspaceFixture.with(perAccount: 3) { fixture in
      try await fixture.test { client in
        var browser = Browser()
        _ = try await browser.get(client, "/sign-in")
        for _ in 1...3 {
          let response = try await browser.post(
            client, "/sign-in", [("csrf", browser.csrf), ("name", "alice"), ("password", "no")])
          #expect(response.status == .unauthorized)
          #expect(Self.problem(response) == "that name and password do not match an account")
        }
        // Now even the right password is refused.
        let refused = try await browser.post(
          client, "/sign-in",
          [("csrf", browser.csrf), ("name", "alice"), ("password", "alice-pw-1")])
        #expect(refused.status == .tooManyRequests)
        #expect(Self.problem(refused) == "too many failed sign-ins; try again in 15 minutes")
        #expect(browser.cookies["caseaudit_session"] == nil)
        // Another account is not held up by alice's failures.
        let bob = try await Browser.signedIn(client, as: "bob")
        #expect(bob.cookies["caseaudit_session"] != nil)
      }
    }
  }

  @Test func signingOutEndsTheSession() async throws {
    try await WorkspaceFixture.with { fixture in
      try await fixture.test { client in
        var browser = try await Browser.signedIn(client, as: "alice")
        let session = try #require(browser.cookies["caseaudit_session"])
        let refused = try await browser.post(client, "/sign-out", [("csrf", "")])
        #expect(refused.status == .forbidden)
        let out = try await browser.post(client, "/sign-out", [("csrf", browser.csrf)])
        #expect(out.headers[.location] == "/sign-in")
        #expect(browser.cookies["caseaudit_session"] == nil)
        let again = try await client.execute(
          uri: "/audits", method: .get, headers: [.cookie: "caseaudit_session=\(session)"])
        #expect(again.headers[.location] == "/sign-in")
      }
    }
  }

  /// A Set-Cookie header's name=value, then its attributes in order of name (Hummingbird
  /// writes them in no fixed order).
  static func cookie(_ header: String) -> [String] {
    let parts = header.components(separatedBy: "; ")
    return [parts[0]] + parts.dropFirst().sorted()
  }

  /// The problem a page reports, as its HTML has it.
  static func problem(_ response: TestResponse) -> String? {
    let page = String(buffer: response.body)
    guard let start = page.range(of: "<p class=\"problem\" role=\"alert\" id=\"problem\">"),
      let end = page[start.upperBound...].range(of: "</p>")
    else { return nil }
    return String(page[start.upperBound..<end.lowerBound])
  }
}
