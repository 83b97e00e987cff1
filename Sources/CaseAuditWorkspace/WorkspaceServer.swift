import CaseAudit
import Foundation
import Hummingbird
import Logging
import NIOCore

/// Serves the workspace over HTTP until SIGINT (Ctrl-C) or SIGTERM, then stops cleanly:
/// requests in progress finish and the history is left as the last write left it.
public enum WorkspaceServer {
  /// How long a connection may send nothing before it is closed.
  public static let idleSeconds: Int64 = 60

  /// Runs the server on `host` and `port` (0: any free port); `started` is told the address
  /// once it listens. The log says only that it started and stopped: no path, name, case or
  /// address of a browser.
  public static func run(
    workspace: Workspace, host: String, port: Int, started: @escaping @Sendable (String) -> Void
  ) async throws {
    var logger = Logger(label: "caseaudit.workspace")
    logger.logLevel = .warning
    let app = Application(
      router: workspace.router(),
      // A connection that sends nothing for a minute is closed: left open, thousands of them
      // used up the server's files and shut every auditor out.
      server: .http1(configuration: .init(idleTimeout: .seconds(idleSeconds))),
      configuration: .init(address: .hostname(host, port: port), serverName: "CaseAudit"),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? port
        let shown = host.contains(":") ? "[\(host)]" : host
        started("http://\(shown):\(port)/")
      },
      logger: logger)
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
  }

  /// Runs the server from synchronous code (the command line), waiting until it stops.
  public static func runBlocking(
    workspace: Workspace, host: String, port: Int, started: @escaping @Sendable (String) -> Void
  ) throws {
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Task {
      do {
        try await run(workspace: workspace, host: host, port: port, started: started)
      } catch {
        outcome.set(reason(error))
      }
      done.signal()
    }
    done.wait()
    if let failure = outcome.get() {
      let shown = host.contains(":") ? "[\(host)]" : host
      throw Diagnostic.error("cannot serve the workspace on '\(shown):\(port)': \(failure)")
    }
  }

  /// Why the server could not run, in words that say what to do about it.
  static func reason(_ error: any Error) -> String {
    if error is SocketAddressError || error is SocketAddressError.UnknownHost {
      return "no such address is known; give --host an address of this machine, or leave it out"
    }
    guard let error = error as? IOError else { return "\(error)" }
    switch error.errnoCode {
    case EADDRINUSE:
      return "the address is already in use; give another --port (--port 0 picks a free one)"
    case EADDRNOTAVAIL:
      return "this machine has no such address; give --host one of its own, or leave it out"
    case EACCES:
      return "permission denied (ports below 1024 need privileges); give --port 1024 or above"
    default:
      let text = String(cString: strerror(error.errnoCode))
      return text.prefix(1).lowercased() + text.dropFirst()
    }
  }

  /// The server's failure, if any, handed from its task to the waiting thread.
  private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: String?
    func set(_ text: String) { lock.withLock { failure = text } }
    func get() -> String? { lock.withLock { failure } }
  }
}
