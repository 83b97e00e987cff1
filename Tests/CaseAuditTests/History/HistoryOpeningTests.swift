import Foundation
import Testing

@testable import CaseAudit

/// Opening one new history from many connections at once, as ten audits started together do:
/// every one opens it, whoever applies each of the schema's migrations.
@Suite struct HistoryOpeningTests {
  @Test func tenConnectionsOpeningANewHistoryTogetherAllSucceed() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("history-opening-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    // Each round is a fresh file, so every round races on every migration.
    for round in 1...20 {
      let path = folder.appendingPathComponent("\(round)/history.sqlite").path
      let failures = Failures()
      let done = DispatchGroup()
      // Threads of their own, not a pool's: all ten must be opening at once on two cores.
      for _ in 1...10 {
        done.enter()
        Thread {
          do {
            _ = try HistoryStore(path: path)
          } catch {
            failures.add("\(error)")
          }
          done.leave()
        }.start()
      }
      done.wait()
      #expect(failures.all == [], "round \(round)")
      let store = try HistoryStore(path: path)
      #expect(try store.database.read { try HistoryStore.migrator.hasCompletedMigrations($0) })
    }
  }
}

/// The errors of the connections that failed, gathered from several threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func add(_ message: String) {
    lock.withLock { messages.append(message) }
  }

  var all: [String] { lock.withLock { messages } }
}
