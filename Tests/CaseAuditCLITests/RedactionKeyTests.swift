import Foundation
import Testing

/// A plan in the runner's folder (so its default key is `<folder>/.caseaudit/redaction.key`).
private func smallPlan(_ runner: CommandRunner) throws -> String {
  let root = CommandRunner.repositoryRoot.path
  let path = runner.folder.appendingPathComponent("plan.yaml").path
  try """
  plan: keyed
  title: A plan
  rules: \(root)/Rules/iro
  data: \(root)/Samples/demo-la
  period: 2022-01-01..2022-03-31
  sample: {size: 5, seed: 1}
  report: {formats: [md]}

  """.write(toFile: path, atomically: true, encoding: .utf8)
  return path
}

/// The permission bits of a path, not following a link.
private func mode(_ path: String) -> mode_t {
  var status = stat()
  return lstat(path, &status) == 0 ? status.st_mode & 0o777 : 0
}

/// `--redact-key` and the default key file (issue 8, item 11).
@Suite struct RedactionKeyTests {
  @Test func aNewKeyIsPrivateAndReadBack() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try smallPlan(runner)
    let key = runner.folder.path + "/.caseaudit/redaction.key"
    let out = runner.folder.path + "/r"
    let first = try runner.run(["audit", plan, "--redact", "--no-history", "--out", out])
    #expect(first.status == 0 && first.stderr == "")
    #expect(mode(key) == 0o600)
    let text = try String(contentsOfFile: key, encoding: .utf8)
    #expect(text.count == 65 && text.hasSuffix("\n"))
    #expect(text.dropLast().allSatisfy { "0123456789abcdef".contains($0) })
    let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    #expect(try runner.run(["audit", plan, "--redact", "--no-history", "--out", out]).status == 0)
    #expect(try String(contentsOfFile: out + "/report.md", encoding: .utf8) == report)
    #expect(try String(contentsOfFile: key, encoding: .utf8) == text)
  }

  @Test func onlyARegularFileIsReadAndNothingIsReplaced() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try smallPlan(runner)
    let fifo = runner.folder.path + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    let dangling = runner.folder.path + "/dangling"
    try FileManager.default.createSymbolicLink(
      atPath: dangling, withDestinationPath: runner.folder.path + "/nowhere")
    let folder = runner.folder.path + "/folder"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let notAFile = "not a key file; give --redact-key a key file, or a path where nothing exists"
      + " for a new key"
    let cases = [
      (fifo, "is a device, FIFO or socket, " + notAFile),
      ("/dev/null", "is a device, FIFO or socket, " + notAFile),
      (folder, "is a folder, " + notAFile),
      (
        dangling,
        "is a symbolic link that leads nowhere; a key is created only where nothing exists"
      ),
    ]
    for (path, problem) in cases {
      let output = try runner.run([
        "audit", plan, "--redact", "--redact-key", path, "--no-history", "--out",
        runner.folder.path + "/r",
      ])
      #expect(output.status == 1)
      #expect(output.stderr == "error: the redaction key '\(path)' \(problem)\n")
    }
    #expect(try PathKindProbe.isFIFO(fifo))
    #expect(!FileManager.default.fileExists(atPath: runner.folder.path + "/nowhere"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    #expect(!FileManager.default.fileExists(atPath: runner.folder.path + "/r"))
    // The default key path beside the plan is held to the same rule.
    let caseaudit = runner.folder.path + "/.caseaudit"
    try FileManager.default.createDirectory(atPath: caseaudit, withIntermediateDirectories: true)
    #expect(mkfifo(caseaudit + "/redaction.key", 0o600) == 0)
    let output = try runner.run(["audit", plan, "--redact", "--no-history"])
    #expect(output.status == 1)
    #expect(
      output.stderr == "error: the redaction key '\(caseaudit)/redaction.key' is a device, FIFO"
        + " or socket, \(notAFile)\n")
  }

  @Test func aKeyMustHaveItsLengthAndAReadableKeyIsAWarning() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let plan = try smallPlan(runner)
    let key = runner.folder.path + "/k"
    let out = runner.folder.path + "/r"
    let audit = ["audit", plan, "--redact", "--redact-key", key, "--no-history", "--out", out]
    for text in [String(repeating: "ab", count: 16), String(repeating: "ab", count: 33), ""] {
      try (text + "\n").write(toFile: key, atomically: true, encoding: .utf8)
      let output = try runner.run(audit)
      #expect(output.status == 1)
      #expect(
        output.stderr
          == "error: '\(key)' is not a redaction key: expected 64 hex digits (32 bytes)\n")
    }
    try (String(repeating: "ab", count: 32) + "\n").write(
      toFile: key, atomically: true, encoding: .utf8)
    #expect(chmod(key, 0o644) == 0)
    let output = try runner.run(audit)
    #expect(output.status == 0)
    #expect(
      output.stderr == "warning: the redaction key '\(key)' can be read by other users (mode 644);"
        + " keep it private: chmod 600 '\(key)'\n")
  }
}
