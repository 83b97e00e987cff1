import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `caseaudit users add` and `caseaudit serve`, run as a user would.
@Suite struct WorkspaceCommandTests {
  @Test func usersAreAddedWithClearErrors() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, _) = try runner.auditedQuarterly()
    let password = runner.folder.appendingPathComponent("pw").path
    try "s3cret\n".write(toFile: password, atomically: true, encoding: .utf8)
    let add = { (arguments: [String]) in
      try runner.run(["users", "add"] + arguments + ["--history", history])
    }
    let added = try add(["alice", "--role", "auditor", "--password-file", password])
    #expect(added.status == 0)
    #expect(added.stdout == "added auditor 'alice' to '\(history)'\n")
    let again = try add(["alice", "--role", "manager", "--password-file", password])
    #expect(again.status == 1)
    #expect(again.stderr == "error: an account 'alice' already exists in '\(history)'\n")
    let role = try add(["bob", "--role", "admin", "--password-file", password])
    #expect(role.status == 64)
    #expect(role.stderr.hasPrefix("Error: --role must be auditor or manager, not 'admin'\n"))
    let missing = try add(["bob", "--role", "auditor", "--password-file", password + "x"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: the password file '\(password)x' does not exist\n")
    // Standard input here is not a terminal: no password can be typed.
    let typed = try add(["bob", "--role", "auditor"])
    #expect(typed.status == 1)
    #expect(
      typed.stderr
        == "error: standard input is not a terminal to type the password at; give"
        + " --password-file FILE\n")
    let nowhere = try runner.run([
      "users", "add", "bob", "--role", "auditor", "--password-file", password,
      "--history", history + ".none",
    ])
    #expect(nowhere.status == 64)
    // Found once the command ran, it was shown with the root's usage (`caseaudit
    // <subcommand>`), which says nothing of `users add`.
    #expect(
      nowhere.stderr == """
        Error: no audit history at '\(history).none'; give --history FILE or --plan PLAN
        Usage: caseaudit users add <name> --role <role> [--password-file <password-file>] \
        [--history <history>] [--plan <plan>]
          See 'caseaudit users add --help' for more information.

        """)
  }

  /// Starts `caseaudit serve` on a free port; returns it, its output and the line it printed.
  static func serve(_ runner: CommandRunner, history: String) throws -> (
    process: Process, out: Pipe, err: URL, printed: String
  ) {
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["serve", "--history", history, "--port", "0"]
    let out = Pipe()
    let err = runner.folder.appendingPathComponent("stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = out
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    var line = Data()
    while !line.hasSuffix(Data("\n".utf8)) {
      let byte = out.fileHandleForReading.readData(ofLength: 1)
      if byte.isEmpty { break }
      line.append(byte)
    }
    return (process, out, err, String(decoding: line, as: UTF8.self))
  }

  @Test func serveListensOnLoopbackAndStopsOnInterrupt() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, _) = try runner.auditedQuarterly()
    let (process, out, err, printed) = try Self.serve(runner, history: history)
    #expect(printed.hasPrefix("the audit workspace is at http://127.0.0.1:"))
    #expect(printed.hasSuffix("/ (Ctrl-C stops it)\n"))
    let address = printed.components(separatedBy: " ")[5]
    let page = try Data(contentsOf: URL(string: address + "sign-in")!)
    #expect(String(decoding: page, as: UTF8.self).contains("<h1>Sign in</h1>"))
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let rest = out.fileHandleForReading.readDataToEndOfFile()
    #expect(rest.isEmpty)
    // Nothing about requests, accounts or cases in the log.
    #expect(try String(contentsOf: err, encoding: .utf8) == "")
  }
}

@Suite struct ServeProblemTests {
  @Test func aMissingPlanIsSaidToBeMissing() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    for arguments in [
      ["serve", "--plan", "nope.yaml"],
      ["users", "add", "alice", "--role", "auditor", "--plan", "nope.yaml"],
      ["history", "list", "--plan", "nope.yaml"], ["history", "show", "1", "--plan", "nope.yaml"],
    ] {
      let output = try runner.run(arguments)
      #expect(output.status == 1, "\(arguments)")
      #expect(output.stderr == "error: the plan 'nope.yaml' does not exist\n", "\(arguments)")
      #expect(output.stdout == "", "\(arguments)")
    }
  }

  @Test func aPortInUseIsOneClearSentence() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, _) = try runner.auditedQuarterly()
    let (first, _, _, printed) = try WorkspaceCommandTests.serve(runner, history: history)
    defer {
      first.interrupt()
      first.waitUntilExit()
    }
    let port = try #require(
      printed.components(separatedBy: ":").last?.components(separatedBy: "/").first)
    let second = try runner.run(["serve", "--history", history, "--port", port])
    #expect(second.status == 1)
    #expect(
      second.stderr
        == "error: cannot serve the workspace on '127.0.0.1:\(port)': the address is already in"
        + " use; give another --port (--port 0 picks a free one)\n")
    #expect(second.stdout == "")
  }

  @Test func serveHelpSaysWhatTheWorkspaceDoes() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let help = try runner.run(["serve", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout == ServeProblemTests.help)
  }

  static let help = """
    OVERVIEW: Serve the audit workspace over a history in the browser.

    Auditors sign in with the accounts of `caseaudit users add`, open a recorded
    audit's sampled cases, read each case's timeline and findings, moderate each
    finding (agree with the engine's outcome or record another, with a note) and
    answer the pack's practice questions; every judgement and answer is stored in
    the history with who gave it and when, as `history moderate` stores them.
    Managers also see everyone's judgements, how far each auditor has got, and the
    moderation summary (agreement and kappa as `history report` computes them, from
    the history as it is now). Each audit's report files and its findings.csv, with
    the judgements and answers, can be downloaded. Binds to 127.0.0.1 (this machine
    only) unless --host says otherwise; prints its address; stops on Ctrl-C.
    Example: caseaudit serve --plan Samples/iro-quarterly-dip-sample.yaml

    USAGE: caseaudit serve [--history <history>] [--plan <plan>] [--host <host>] \
    [--port <port>] [--secure-cookies]

    OPTIONS:
      --history <history>     The history file.
      --plan <plan>           A plan whose history (.caseaudit/history.sqlite
                              beside it) to read.
      --host <host>           The address to listen on. (default: 127.0.0.1)
      --port <port>           The port to listen on (0 to 65535; 0 picks a free
                              one). (default: 8080)
      --secure-cookies        Mark cookies Secure: give it when browsers reach the
                              workspace by https (a proxy).
      -h, --help              Show help information.


    """
}

extension Data {
  fileprivate func hasSuffix(_ suffix: Data) -> Bool {
    count >= suffix.count && self.suffix(suffix.count) == suffix
  }
}
