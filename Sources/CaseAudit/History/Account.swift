import Foundation
import GRDB

/// A local account of the audit workspace, kept in the history file.
public struct Account: Sendable, Hashable {
  /// What an account may do in the workspace.
  public enum Role: String, Sendable, CaseIterable {
    /// Records and sees their own judgements only.
    case auditor
    /// Also sees everyone's judgements and the agreement between them.
    case manager
  }

  /// The sign-in name, which is also the auditor's name on their judgements.
  public var name: String
  /// The account's role.
  public var role: Role
  /// The password's bcrypt hash.
  public var passwordHash: String

  /// Creates an account.
  public init(name: String, role: Role, passwordHash: String) {
    self.name = name
    self.role = role
    self.passwordHash = passwordHash
  }

  /// The problem with a sign-in name, or nil: names are what `auditor` holds in findings.csv,
  /// so they are kept to letters, digits and `.`, `-`, `_`, 1 to 64 characters.
  public static func problem(withName name: String) -> String? {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_"))
    guard !name.isEmpty, name.count <= 64,
      name.unicodeScalars.allSatisfy({ allowed.contains($0) && $0.isASCII })
    else {
      return "the account name '\(name)' is not 1 to 64 letters, digits, '.', '-' or '_'"
    }
    return nil
  }
}

extension HistoryStore {
  /// Adds an account; a name already taken is an error and nothing is changed.
  public func add(_ account: Account, createdAt: Date = Date()) throws {
    if let problem = Account.problem(withName: account.name) {
      throw Diagnostic.error(problem)
    }
    try database.write { db in
      let taken = try Bool.fetchOne(
        db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [account.name])
      guard taken == nil else {
        throw Diagnostic.error("an account '\(account.name)' already exists in '\(path)'")
      }
      try db.execute(
        sql: "INSERT INTO account VALUES (?, ?, ?, ?)",
        arguments: [
          account.name, account.role.rawValue, account.passwordHash,
          ISO8601DateFormatter().string(from: createdAt),
        ])
    }
  }

  /// The account of that name, or nil.
  public func account(named name: String) throws -> Account? {
    try database.read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]),
        let role = Account.Role(rawValue: row["role"])
      else { return nil }
      return Account(name: row["name"], role: role, passwordHash: row["password_hash"])
    }
  }
}
