import CaseAudit
import Foundation

/// A signed-in browser: whose it is and the token its forms must carry.
struct Session: Sendable {
  /// The account's name, the auditor's name on their judgements.
  var account: String
  /// The account's role.
  var role: Account.Role
  /// The CSRF token every form of this session carries.
  var csrf: String
  /// When it ends unless used again.
  var expires: Date
}

/// The signed-in sessions, by the random token in their cookie. Kept in memory: restarting
/// the workspace signs everyone out.
actor SessionStore {
  private var sessions: [String: Session] = [:]
  /// How long a session lasts without a request.
  let idle: TimeInterval

  /// A store whose sessions end after `idle` seconds without a request.
  init(idle: TimeInterval = 8 * 3600) { self.idle = idle }

  /// Opens a session for an account; returns its cookie token.
  func open(account: String, role: Account.Role, now: Date = Date()) -> (String, Session) {
    let token = RandomToken.make()
    let session = Session(
      account: account, role: role, csrf: RandomToken.make(), expires: now + idle)
    sessions[token] = session
    return (token, session)
  }

  /// The live session of a token, its end moved on; nil for an unknown or expired token.
  func session(token: String, now: Date = Date()) -> Session? {
    guard var session = sessions[token] else { return nil }
    guard session.expires > now else {
      sessions[token] = nil
      return nil
    }
    session.expires = now + idle
    sessions[token] = session
    return session
  }

  /// Ends a session.
  func close(token: String) { sessions[token] = nil }
}

/// Unguessable tokens for cookies and forms: 32 random bytes as hex.
enum RandomToken {
  /// A new token.
  static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in
      let byte = UInt8.random(in: 0...255, using: &generator)
      return String(byte, radix: 16).leftPadded(to: 2)
    }.joined()
  }

  /// Whether two tokens are equal, compared in time independent of where they differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    guard x.count == y.count, !x.isEmpty else { return false }
    return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
