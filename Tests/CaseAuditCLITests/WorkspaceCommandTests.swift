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
    #expect(
      nowhere.stderr.hasPrefix(
        "Error: no audit history at '\(history).none'; give --history FILE or --plan PLAN\n"))
  }

  @Test func serveListensOnLoopbackAndStopsOnInterrupt() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let (history, _) = try runner.auditedQuarterly()
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["serve", "--history", history, "--port", "0"]
    let out = Pipe()
    let err = runner.folder.appendingPathComponent("stderr")
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
    let printed = String(decoding: line, as: UTF8.self)
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

extension Data {
  fileprivate func hasSuffix(_ suffix: Data) -> Bool {
    count >= suffix.count && self.suffix(suffix.count) == suffix
  }
}
