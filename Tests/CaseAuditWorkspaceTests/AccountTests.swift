import CaseAudit
import Foundation
import GRDB
import HummingbirdBcrypt
import Testing

@testable import CaseAudit
@testable import CaseAuditWorkspace

/// Local accounts in the history: bcrypt-hashed passwords, clear errors, old histories migrated.
@Suite struct AccountTests {
  private func withStore(_ body: (HistoryStore, String) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-accounts-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(try HistoryStore(path: folder + "/history.sqlite"), folder)
  }

  private func message(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch {
      return (error as? Diagnostic)?.rendered()
    }
  }

  @Test func anAccountIsStoredWithABcryptHash() throws {
    try withStore { store, _ in
      try AccountRegistration.add(
        name: "alice", role: .auditor, password: "correct horse", to: store, cost: 4)
      let account = try #require(try store.account(named: "alice"))
      #expect(account.role == .auditor)
      #expect(account.passwordHash.hasPrefix("$2b$04$"))
      #expect(Bcrypt.verify("correct horse", hash: account.passwordHash))
      #expect(!Bcrypt.verify("correct horsE", hash: account.passwordHash))
      #expect(try store.account(named: "bob") == nil)
    }
  }

  @Test func badAccountsAreClearErrors() throws {
    try withStore { store, folder in
      try AccountRegistration.add(name: "alice", role: .auditor, password: "pw", to: store, cost: 4)
      let add = { (name: String, password: String) in
        self.message {
          try AccountRegistration.add(
            name: name, role: .manager, password: password, to: store, cost: 4)
        }
      }
      #expect(
        add("alice", "other") == "error: an account 'alice' already exists in '\(store.path)'")
      #expect(add("bob", "") == "error: the password is empty")
      #expect(
        add("bob", String(repeating: "x", count: 73))
          == "error: the password is 73 bytes long; bcrypt takes at most 72")
      #expect(
        add("bo b", "pw")
          == "error: the account name 'bo b' is not 1 to 64 letters, digits, '.', '-' or '_'")
      #expect(try store.account(named: "alice")?.role == .auditor)
      let file = { (path: String) in
        self.message { _ = try AccountRegistration.password(fromFile: path) }
      }
      #expect(file(folder + "/none") == "error: the password file '\(folder)/none' does not exist")
      #expect(file(folder) == "error: the password file '\(folder)' is a folder, not a file")
      try "\nsecond\n".write(toFile: folder + "/empty", atomically: true, encoding: .utf8)
      #expect(
        file(folder + "/empty")
          == "error: the password file '\(folder)/empty' has an empty first line")
      try "s3cret\r\nrest\n".write(toFile: folder + "/pw", atomically: true, encoding: .utf8)
      #expect(try AccountRegistration.password(fromFile: folder + "/pw") == "s3cret")
    }
  }

  @Test func aHistoryFromBeforeAccountsOpensAndGetsThem() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-accounts-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/history.sqlite"
    let old = try DatabaseQueue(path: path)
    try HistoryStore.migrator.migrate(old, upTo: "v3 completion")
    try old.write { db in
      try db.execute(
        sql: """
          INSERT INTO audit VALUES (1, 'p', 't', 'p.yaml', NULL, NULL, NULL, '1', 'pack', '1',
            'f', 'd', 0, 0, '2022-01-01T00:00:00Z', 1);
          INSERT INTO moderation VALUES (1, 'C1', 'r', '', 'ann', 'met', '');
          """)
    }
    try old.close()
    let store = try HistoryStore(path: path)
    try AccountRegistration.add(name: "ann", role: .manager, password: "pw", to: store, cost: 4)
    #expect(try store.account(named: "ann")?.role == .manager)
    #expect(try store.audits().map(\.auditID) == [1])
  }
}
