import CaseAudit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CaseAuditWorkspace

/// A history of the test's own holding the demo plan's audit (seed 7) and three accounts —
/// auditors alice and bob, manager maria — and a workspace over it.
struct WorkspaceFixture {
  let folder: String
  let store: HistoryStore
  let workspace: Workspace

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  /// The passwords of the fixture's accounts.
  static let passwords = ["alice": "alice-pw-1", "bob": "bob-pw-2", "maria": "maria-pw-3"]

  /// Creates the history and workspace; `body` runs with them, and the folder is removed.
  static func with<T>(
    perAccount: Int = 5, _ body: (WorkspaceFixture) async throws -> T
  ) async throws -> T {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-workspace-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try HistoryStore(path: folder + "/history.sqlite")
    let planPath = root.appendingPathComponent("Samples/iro-quarterly-dip-sample.yaml").path
    let plan = try #require(PlanLoader().load(path: planPath).0)
    let run = AuditRun(plan: plan, dataPath: try #require(plan.dataPath), seed: 7)
    let id = try store.record(run, excluded: 0)
    try store.markComplete(audit: id)
    for (name, role) in [("alice", Account.Role.auditor), ("bob", .auditor), ("maria", .manager)] {
      try AccountRegistration.add(
        name: name, role: role, password: passwords[name]!, to: store, cost: 4)
    }
    let workspace = try Workspace(store: store, perAccount: perAccount)
    return try await body(WorkspaceFixture(folder: folder, store: store, workspace: workspace))
  }

  /// Runs `body` with a test client of the workspace's router.
  func test<T: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> T)
    async throws -> T
  {
    let app = Application(router: workspace.router())
    return try await app.test(.router) { client in try await body(client) }
  }
}

/// A browser's state in a test: its cookies, and the CSRF token of the last page it read.
struct Browser: Sendable {
  var cookies: [String: String] = [:]
  var csrf = ""

  /// The Cookie header of the browser's cookies.
  var headers: HTTPFields {
    guard !cookies.isEmpty else { return [:] }
    return [.cookie: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      .joined(separator: "; ")]
  }

  /// Takes the cookies a response sets (an empty value or Max-Age=0 removes one) and the CSRF
  /// token of its page.
  mutating func read(_ response: TestResponse) {
    for header in response.headers[values: .setCookie] {
      let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
      let name = String(pair[0])
      let value = pair.count > 1 ? String(pair[1]) : ""
      cookies[name] = value.isEmpty ? nil : value
    }
    if let token = Browser.csrf(in: String(buffer: response.body)) { csrf = token }
  }

  /// The CSRF token in a page's forms, if any.
  static func csrf(in page: String) -> String? {
    guard let range = page.range(of: "name=\"csrf\" value=\"") else { return nil }
    return String(page[range.upperBound...].prefix { $0 != "\"" })
  }

  /// Asks for a page.
  mutating func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
    let response = try await client.execute(uri: uri, method: .get, headers: headers)
    read(response)
    return response
  }

  /// Posts a form of `fields` (each percent-encoded).
  mutating func post(
    _ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)]
  ) async throws -> TestResponse {
    var headers = self.headers
    headers[.contentType] = "application/x-www-form-urlencoded"
    let body = fields.map { "\(Browser.encode($0.0))=\(Browser.encode($0.1))" }
      .joined(separator: "&")
    let response = try await client.execute(
      uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    read(response)
    return response
  }

  /// Signs in as `name` with the fixture's password; the browser then holds the session.
  static func signedIn(_ client: any TestClientProtocol, as name: String) async throws -> Browser {
    var browser = Browser()
    _ = try await browser.get(client, "/sign-in")
    let response = try await browser.post(
      client, "/sign-in",
      [("csrf", browser.csrf), ("name", name), ("password", WorkspaceFixture.passwords[name]!)])
    #expect(response.status == .seeOther)
    _ = try await browser.get(client, "/audits")
    return browser
  }

  static func encode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed)!
  }
}
