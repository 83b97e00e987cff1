import Foundation
import Testing

/// Runs the binary from the repository root with standard output and error on the paths given
/// (`/dev/full`, a file); its exit status.
private func run(_ arguments: [String], stdout: String, stderr: String) throws -> Int32 {
  let process = Process()
  process.executableURL = CommandRunner.executable
  process.arguments = arguments
  process.currentDirectoryURL = CommandRunner.repositoryRoot
  process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: stdout))
  process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderr))
  try process.run()
  process.waitUntilExit()
  return process.terminationStatus
}

/// Output that cannot be written is an error, never a silent success with the output cut short
/// (`caseaudit rules docs Rules/iro > /dev/full` exited 0), and a full or closed standard error
/// is no crash (it trapped, exit 132).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
struct FullOutputTests {
  @Test func aFullStandardOutputIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let errors = runner.folder.appendingPathComponent("stderr").path
    _ = FileManager.default.createFile(atPath: errors, contents: nil)
    let status = try run(["rules", "docs", "Rules/iro"], stdout: "/dev/full", stderr: errors)
    #expect(status == 1)
    #expect(
      try String(contentsOfFile: errors, encoding: .utf8)
        == "error: the output could not be written in full\n")
  }

  @Test func aFullStandardErrorIsNoCrash() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let output = runner.folder.appendingPathComponent("stdout").path
    _ = FileManager.default.createFile(atPath: output, contents: nil)
    let pack = try runner.copyOfIROPack()
    try runner.edit(pack + "/pack.yaml", replacing: "rules/footprint.yaml", with: "rules/none.yaml")
    let status = try run(["rules", "check", pack], stdout: output, stderr: "/dev/full")
    #expect(status == 1)
    #expect(
      try String(contentsOfFile: output, encoding: .utf8)
        == "\(pack): 1 error, 1 warning\n")
  }
}
