import Hummingbird

/// Whether a sign-in form came from the workspace's own page. Pages on another port of the
/// same host are the same *site*, so SameSite cookies do not keep them out and they can set
/// the sign-in cookie the form's token is checked against; but browsers name the page a form
/// came from (`Sec-Fetch-Site`, or `Origin` in older ones), and a form from any other origin is
/// refused.
/// Clients that name none (curl, scripts) are not browsers a page can drive, and are let in.
enum SignInOrigin {
  /// False when the browser says the form came from another origin.
  static func isOwn(_ request: Request) -> Bool {
    // Every current browser sends `Sec-Fetch-Site`, whatever the referrer policy.
    if let site = request.headers[fetchSite] { return site == "same-origin" || site == "none" }
    // Older ones send `Origin`, as `null` under this server's `no-referrer` policy.
    guard let origin = request.headers[.origin], origin != "null" else { return true }
    // `scheme://host[:port]`; behind a TLS proxy the scheme differs from this server's, so
    // the host and port are compared with the request's own.
    guard let authority = request.head.authority, let range = origin.range(of: "://") else {
      return false
    }
    return origin[range.upperBound...].lowercased() == authority.lowercased()
  }

  private static let fetchSite = HTTPFields.Element.Name("Sec-Fetch-Site")!
}
