import CaseAudit
import Foundation
import HummingbirdBcrypt

/// Adds the workspace's local accounts to a history, their passwords kept as bcrypt hashes.
public enum AccountRegistration {
  /// bcrypt's cost for new passwords: 2^12 rounds, about a quarter of a second to check.
  public static let defaultCost: UInt8 = 12

  /// Adds an account of `name` and `role` with `password` to the history; an empty password or
  /// a name already taken is an error and nothing is stored.
  public static func add(
    name: String, role: Account.Role, password: String, to store: HistoryStore,
    cost: UInt8 = defaultCost
  ) throws {
    if let problem = Account.problem(withName: name) { throw Diagnostic.error(problem) }
    guard !password.isEmpty else { throw Diagnostic.error("the password is empty") }
    // bcrypt reads at most 72 bytes: a longer password would match any with the same start.
    guard password.utf8.count <= 72 else {
      throw Diagnostic.error(
        "the password is \(password.utf8.count) bytes long; bcrypt takes at most 72")
    }
    if try store.account(named: name) != nil {
      throw Diagnostic.error("an account '\(name)' already exists in '\(store.path)'")
    }
    let hash = Bcrypt.hash(password, cost: cost)
    try store.add(Account(name: name, role: role, passwordHash: hash))
  }

  /// The password in a file: its first line, without the line break. A missing file, a folder,
  /// or a file whose first line is empty is an error.
  public static func password(fromFile path: String) throws -> String {
    if let problem = PathStatus.of(path).fileProblem {
      throw Diagnostic.error("the password file \(problem.message(path))")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic.error("cannot read the password file '\(path)'")
    }
    let text = String(decoding: data, as: UTF8.self)
    // "\r\n" is one Character in Swift, a newline like "\n".
    let password =
      text.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .first.map(String.init) ?? ""
    guard !password.isEmpty else {
      throw Diagnostic.error("the password file '\(path)' has an empty first line")
    }
    return password
  }
}
