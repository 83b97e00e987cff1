import Foundation
import Testing

/// Runs the built `caseaudit` binary in a fresh temporary folder and captures what it prints.
struct CommandRunner {
  /// What a run printed and returned.
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A temporary folder of this test's own, removed by `cleanUp()`.
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// The repository root, where Rules/ lives.
  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The `caseaudit` binary beside the test bundle.
  static var executable: URL {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while url.path != "/" {
      let candidate = url.appendingPathComponent("caseaudit")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      url = url.deletingLastPathComponent()
    }
    return repositoryRoot.appendingPathComponent(".build/debug/caseaudit")
  }

  /// Runs the binary with arguments, from the repository root; one still running after
  /// `seconds` is stopped and fails the test (a hang guard, not a timing).
  func run(_ arguments: [String], within seconds: Double = 600) throws -> Output {
    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = arguments
    process.currentDirectoryURL = CommandRunner.repositoryRoot
    let out = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
    let err = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      Issue.record("caseaudit \(arguments.joined(separator: " ")) ran past \(seconds) s")
    }
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus,
      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
  }

  /// Copies the shipped IRO pack into the temporary folder and returns its path.
  func copyOfIROPack() throws -> String {
    let target = folder.appendingPathComponent("iro")
    try FileManager.default.copyItem(
      at: CommandRunner.repositoryRoot.appendingPathComponent("Rules/iro"), to: target)
    return target.path
  }

  /// Copies the demo export's CSV files into the temporary folder, transforming each file's
  /// text (given its name and text), and returns the copy's path.
  func demoCopy(_ transform: (_ name: String, _ text: String) -> String) throws -> String {
    let source = CommandRunner.repositoryRoot.appendingPathComponent("Samples/demo-la")
    let target = folder.appendingPathComponent("demo").path
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
    where name.hasSuffix(".csv") {
      let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
      try transform(name, text).write(
        toFile: target + "/" + name, atomically: true, encoding: .utf8)
    }
    return target
  }

  /// Records the quarterly demo audit in a fresh history of the temporary folder; returns the
  /// history's path and the lines of the audit's findings.csv.
  func auditedQuarterly() throws -> (history: String, lines: [String]) {
    let history = folder.appendingPathComponent("history.sqlite").path
    let out = folder.appendingPathComponent("report").path
    let plan = "Samples/iro-quarterly-dip-sample.yaml"
    let audit = try run(["audit", plan, "--history", history, "--out", out, "--format", "csv"])
    #expect(audit.status == 0)
    let csv = try String(contentsOfFile: out + "/findings.csv", encoding: .utf8)
    return (history, csv.split(separator: "\n").map(String.init))
  }

  /// Replaces text in a file of the temporary folder.
  func edit(_ path: String, replacing old: String, with new: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: old, with: new).write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  /// Removes the temporary folder.
  func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}
