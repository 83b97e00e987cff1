import CaseAuditWorkspace
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A page on another port of the same host is the same site: it can set the sign-in cookie
/// and post the form with a token of its choosing. The browser names where the form came
/// from, and such a form signs nobody in; nor does any sign-in replace a live session.
@Suite struct SignInForgeryTests {
  private static let otherPort: [(HTTPField.Name, String)] = [
    (.origin, "http://127.0.0.1:18150"),
    (HTTPField.Name("Sec-Fetch-Site")!, "same-site"),
  ]

  @Test(arguments: [0, 1])
  func aFormFromAnotherOriginSignsNobodyIn(header: Int) async throws {
    try await WorkspaceFixture.with { fixture in
      try await fixture.test { client in
        var headers: HTTPFields = [
          .cookie: "caseaudit_signin=abc123", .contentType: "application/x-www-form-urlencoded",
        ]
        headers[Self.otherPort[header].0] = Self.otherPort[header].1
        let response = try await client.execute(
          uri: "/sign-in", method: .post, headers: headers,
          body: ByteBuffer(string: "csrf=abc123&name=alice&password=alice-pw-1"))
        #expect(response.status == .forbidden)
        #expect(
          SignInTests.problem(response)
            == "this form was sent from another site&#39;s page, so nobody was signed in")
        #expect(!(response.headers[.setCookie] ?? "").contains("caseaudit_session="))
      }
    }
  }

  @Test func aSignedInBrowserIsNotSignedInAsSomeoneElse() async throws {
    try await WorkspaceFixture.with { fixture in
      try await fixture.test { client in
        var maria = try await Browser.signedIn(client, as: "maria")
        let session = maria.cookies["caseaudit_session"]
        let response = try await maria.post(
          client, "/sign-in", [("csrf", maria.csrf), ("name", "bob"), ("password", "bob-pw-2")])
        #expect(response.status == .conflict)
        #expect(
          SignInTests.problem(response) == "this browser is signed in as maria; sign out first")
        #expect(maria.cookies["caseaudit_session"] == session)
      }
    }
  }

  /// bcrypt reads 72 bytes, so a password of 72 and anything after them would match.
  @Test func aPasswordLongerThanBcryptReadsIsNotTaken() async throws {
    try await WorkspaceFixture.with { fixture in
      let password = String(repeating: "k", count: 72)
      try AccountRegistration.add(
        name: "kim", role: .auditor, password: password, to: fixture.store, cost: 4)
      try await fixture.test { client in
        var browser = Browser()
        _ = try await browser.get(client, "/sign-in")
        let longer = try await browser.post(
          client, "/sign-in",
          [("csrf", browser.csrf), ("name", "kim"), ("password", password + "ANYTHING")])
        #expect(longer.status == .unauthorized)
        let exact = try await browser.post(
          client, "/sign-in", [("csrf", browser.csrf), ("name", "kim"), ("password", password)])
        #expect(exact.status == .seeOther)
      }
    }
  }
}
