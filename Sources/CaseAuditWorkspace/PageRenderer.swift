import CaseAudit
import Foundation
import Hummingbird
import Mustache

/// Renders the workspace's pages from their templates into responses with the headers every
/// page carries: no caching, no framing, nothing loaded from elsewhere, no scripts.
struct PageRenderer: Sendable {
  private let library: MustacheLibrary

  /// A renderer with the compiled-in templates.
  init() throws {
    var library = MustacheLibrary()
    for (name, text) in PageTemplates.all { try library.register(text, named: name) }
    self.library = library
  }

  /// The headers of every response: a policy allowing only this site's stylesheet and forms.
  static let securityHeaders: HTTPFields = [
    .contentSecurityPolicy:
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'",
    .init("X-Content-Type-Options")!: "nosniff",
    .init("Referrer-Policy")!: "no-referrer",
    .cacheControl: "no-store",
  ]

  /// The page `template` over `values` (a signed-in user's name, role and CSRF token added).
  func page(
    _ template: String, title: String, values: [String: Any], session: Session?,
    status: HTTPResponse.Status = .ok
  ) -> Response {
    var context = values
    context["title"] = title
    if let session {
      context["user"] = ["name": session.account, "role": session.role.rawValue,
        "csrf": session.csrf] as [String: Any]
    }
    let html = library.render(context, withTemplate: template) ?? ""
    return Self.response(html, type: "text/html; charset=utf-8", status: status)
  }

  /// A page saying what went wrong, with the status that says it to the browser.
  func problem(
    _ heading: String, _ message: String, status: HTTPResponse.Status, session: Session?
  ) -> Response {
    page(
      "problem", title: heading, values: ["heading": heading, "problem": message],
      session: session, status: status)
  }

  /// A response with a body and the security headers.
  static func response(
    _ body: String, type: String, status: HTTPResponse.Status = .ok,
    extra: HTTPFields = [:]
  ) -> Response {
    var headers = securityHeaders
    headers[.contentType] = type
    for field in extra { headers[field.name] = field.value }
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
  }

  /// A redirect after a form (303: the browser then asks with GET).
  static func redirect(to location: String) -> Response {
    var headers = securityHeaders
    headers[.location] = location
    return Response(status: .seeOther, headers: headers)
  }
}
