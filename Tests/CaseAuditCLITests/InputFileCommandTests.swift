import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CommandRunner {
  /// Runs the binary like `run`, but stops it and fails the test when it takes longer than
  /// `seconds`: these inputs used to hang.
  func runWithin(_ arguments: [String], seconds: Double = 60) throws -> Output {
    try run(arguments, within: seconds)
  }

  /// Writes files (text, or bytes) into a new folder of the runner's and returns its path.
  func folder(_ name: String, _ files: [String: [UInt8]]) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (file, bytes) in files {
      FileManager.default.createFile(atPath: path + "/" + file, contents: Data(bytes))
    }
    return path
  }
}

/// A tiny canonical export, with files replaced or added.
private let tinyFiles: [String: [UInt8]] = [
  "children.csv": Array("child_id,dob\nC1,2012-03-01\n".utf8),
  "periods.csv": Array("period_id,child_id,start\nP1,C1,2021-04-06\n".utf8),
  "reviews.csv": Array("review_id,child_id,period_id,held_on\nR1,C1,P1,2021-05-05\n".utf8),
]

/// Every input file is opened through one inspection: what is not a regular file is named for
/// what it is and never opened; bad encodings and runaway fields are clear errors.
@Suite struct InputFileCommandTests {
  @Test func exportFilesThatAreNotRegularFilesAreErrors() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try runner.folder("export", tinyFiles)
    #expect(mkfifo(export + "/notes.csv", 0o600) == 0)
    try FileManager.default.createDirectory(
      atPath: export + "/escalations.csv", withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: export + "/teams.csv", withDestinationPath: "/dev/zero")
    try FileManager.default.createSymbolicLink(
      atPath: export + "/allocations.csv", withDestinationPath: "allocations.csv")
    let output = try runner.runWithin(["data", "check", "--rules", "Rules/iro", "--data", export])
    #expect(output.status == 1)
    let notProvided = "are not provided, so rules that read them give insufficient evidence"
    #expect(
      output.stderr == """
        warning: '\(export)/episodes.csv' does not exist: episodes \(notProvided)
        warning: '\(export)/permanence_plans.csv' does not exist: permanence_plans \(notProvided)
        warning: '\(export)/professionals.csv' does not exist: professionals \(notProvided)
        error: '\(export)/teams.csv' is not a regular file (a device): teams \(notProvided)
        error: '\(export)/allocations.csv' is a symbolic link loop: allocations \(notProvided)
        error: '\(export)/notes.csv' is not a regular file (a named pipe): notes \(notProvided)
        error: '\(export)/escalations.csv' is a folder, not a file: escalations \(notProvided)
        warning: '\(export)/escalation_stages.csv' does not exist: stages \(notProvided)
        warning: '\(export)/escalation_actions.csv' does not exist: actions \
        \(notProvided)

        """)
  }

  @Test func theCaseFileAsADeviceIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try runner.folder("export", [:])
    try FileManager.default.createSymbolicLink(
      atPath: export + "/children.csv", withDestinationPath: "/dev/zero")
    let output = try runner.runWithin(["data", "check", "--rules", "Rules/iro", "--data", export])
    #expect(output.status == 1)
    #expect(
      output.stderr.hasPrefix(
        "error: '\(export)/children.csv' is not a regular file (a device): there are no cases to"
          + " load\n"))
  }

  @Test func dataMustBeAFolder() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try runner.folder("export", tinyFiles)
    let file = export + "/children.csv"
    let output = try runner.runWithin(["data", "check", "--rules", "Rules/iro", "--data", file])
    #expect(output.status == 1)
    #expect(output.stderr == "error: the export folder '\(file)' is a file, not a folder\n")
    let missing = try runner.runWithin(["score", "--rules", "Rules/iro", "--data", export + "/x"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("error: the export folder '\(export)/x' does not exist\n"))
  }

  @Test func aMissingPreviousReturnIsAnError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = runner.folder.appendingPathComponent("903").path
    let generated = try runner.runWithin([
      "generate", "--children", "5", "--seed", "3", "--format", "ssda903", "--out", export,
    ])
    #expect(generated.status == 0)
    let output = try runner.runWithin([
      "data", "check", "--rules", "Rules/iro", "--data", export, "--previous", "/nonexistent",
    ])
    #expect(output.status == 1)
    #expect(output.stderr == "error: the previous year's return '/nonexistent' does not exist\n")
    // The current return's own folder, spelt differently, was once merged as its own past.
    let itself = try runner.runWithin([
      "data", "check", "--rules", "Rules/iro", "--data", export, "--previous", export + "/./",
    ])
    #expect(itself.status == 1)
    #expect(
      itself.stderr
        == "error: the previous year's return '\(export)/./' is the export folder itself; give"
        + " the folder of the year before's return\n")
    let ignored = try runner.runWithin([
      "data", "check", "--rules", "Rules/iro", "--data", try runner.folder("c", tinyFiles),
      "--previous", export + "/previous",
    ])
    #expect(
      ignored.stderr.hasPrefix(
        "warning: --previous '\(export)/previous' is ignored: it is read only with an SSDA903"
          + " return, and '\(runner.folder.path)/c' is read as a canonical export\n"))
  }

  @Test func mappingsPlansAndModeratedFindingsAreInspected() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let export = try runner.folder("export", tinyFiles)
    let fifo = runner.folder.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let mapping = try runner.runWithin([
      "data", "check", "--rules", "Rules/iro", "--data", export, "--mapping", fifo,
    ])
    #expect(mapping.status == 1)
    #expect(
      mapping.stderr == "error: the mapping file '\(fifo)' is not a regular file (a named pipe)\n")
    let plan = try runner.runWithin(["audit", "/dev/zero"])
    #expect(plan.status == 1)
    #expect(plan.stderr == "error: the plan '/dev/zero' is not a regular file (a device)\n")
    let folderPlan = try runner.runWithin(["sample", export])
    #expect(folderPlan.status == 1)
    #expect(folderPlan.stderr == "error: the plan '\(export)' is a folder, not a file\n")
    let planPath = runner.folder.appendingPathComponent("plan.yaml").path
    try """
    plan: tiny
    title: Tiny
    rules: \(CommandRunner.repositoryRoot.path)/Rules/iro
    data: export
    period: 2021-04-01..2022-03-31
    sample: {size: 1, seed: 1}
    """.write(toFile: planPath, atomically: true, encoding: .utf8)
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let audit = try runner.runWithin([
      "audit", planPath, "--history", history, "--out",
      runner.folder.appendingPathComponent("r").path,
    ])
    #expect(audit.status == 0)
    let moderate = try runner.runWithin(["history", "moderate", "1", fifo, "--history", history])
    #expect(moderate.status == 1)
    #expect(
      moderate.stderr
        == "error: the moderated findings '\(fifo)' is not a regular file (a named pipe)\n")
  }

  @Test func aRuleFileThatIsNotUTF8IsOneError() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    let rules = try FileManager.default.contentsOfDirectory(atPath: pack + "/rules").sorted()
    let path = pack + "/rules/" + rules[0]
    var bytes = Array(try String(contentsOfFile: path, encoding: .utf8).utf8)
    let newline = try #require(bytes.firstIndex(of: 10))
    bytes.insert(0xFF, at: newline)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let line = String(decoding: bytes[..<newline], as: UTF8.self)
    let output = try runner.runWithin(["rules", "check", pack])
    #expect(output.status == 1)
    let errors = output.stderr.components(separatedBy: "\n").filter { $0.contains("error:") }
    #expect(
      errors == [
        "\(path):1:\(line.count + 1): error: not valid UTF-8: byte 0xFF at byte offset"
          + " \(newline); save the file as UTF-8"
      ])
  }

  @Test func utf16ExportsAreRead() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    var files = tinyFiles
    let children = "child_id,dob\r\nC1,2012-03-01\r\n"
    files["children.csv"] =
      [0xFF, 0xFE] + children.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let export = try runner.folder("export", files)
    let output = try runner.runWithin(["data", "check", "--rules", "Rules/iro", "--data", export])
    #expect(output.status == 0)
    #expect(
      output.stdout.contains("\n  child              children.csv                 1         0\n"))
  }

  @Test func aHugeFieldIsAnErrorAndNotCarriedIntoReports() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    var files = tinyFiles
    let name = String(repeating: "N", count: 10 * 1024 * 1024)
    files["teams.csv"] = Array("team_id,name\nT1,\(name)\nT2,Ok\n".utf8)
    let export = try runner.folder("export", files)
    let output = try runner.runWithin(["data", "check", "--rules", "Rules/iro", "--data", export])
    #expect(output.status == 1)
    #expect(
      output.stderr.contains(
        "\n\(export)/teams.csv:2:2: error: the field starting"
          + " '\(String(repeating: "N", count: 40))…' is 10485760 bytes long; a field may hold"
          + " at most 32768 bytes (32 KiB)\n"))
  }

  @Test func paddedDatesAndEarlyAsAtDatesAreWarnings() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    var files = tinyFiles
    files["reviews.csv"] = Array(
      "review_id,child_id,period_id,held_on\nR1,C1,P1, 2021-05-05 \n".utf8)
    let export = try runner.folder("export", files)
    let output = try runner.runWithin([
      "score", "--rules", "Rules/iro", "--data", export, "--period", "2021-04-01..2022-03-31",
      "--as-at", "2021-03-31", "--rule", "reviews_within_timescale", "--format", "csv",
    ])
    #expect(output.status == 0)
    let lines = output.stderr.components(separatedBy: "\n")
    #expect(
      lines.first
        == "warning: the as-at date 2021-03-31 is before the period's start 2021-04-01; nothing in"
        + " the period has happened by then")
    #expect(
      lines.contains(
        "\(export)/reviews.csv:2:4: warning: the date ' 2021-05-05 ' is padded with spaces; read as"
          + " '2021-05-05'"))
    let plan = runner.folder.appendingPathComponent("plan.yaml").path
    try """
    plan: early
    title: Early
    rules: \(CommandRunner.repositoryRoot.path)/Rules/iro
    data: export
    period: 2021-04-01..2022-03-31
    as_at: 2021-03-31
    sample: {size: 1, seed: 1}
    """.write(toFile: plan, atomically: true, encoding: .utf8)
    let sample = try runner.runWithin(["sample", plan, "--format", "csv"])
    #expect(sample.status == 0)
    #expect(
      sample.stderr.hasPrefix(
        """
        \(plan):6:8: warning: the as-at date 2021-03-31 is before the period's start 2021-04-01; \
        nothing in the period has happened by then
        as_at: 2021-03-31
               ^

        """))
  }

  @Test func aHistoryThatIsNotARegularFileIsNeverOpened() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let fifo = runner.folder.appendingPathComponent("history.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let folder = runner.folder.path
    for (path, phrase) in [
      (fifo, "is not a regular file (a named pipe)"), (folder, "is a folder, not a file"),
    ] {
      let listed = try runner.runWithin(["history", "list", "--history", path])
      #expect(listed.status == 1)
      #expect(listed.stderr == "error: the audit history '\(path)' \(phrase)\n")
    }
    let audit = try runner.runWithin([
      "audit", "Samples/iro-quarterly-dip-sample.yaml", "--history", fifo, "--out",
      runner.folder.appendingPathComponent("report").path,
    ])
    #expect(audit.status == 1)
    #expect(
      audit.stderr.hasSuffix(
        "error: the audit history '\(fifo)' is not a regular file (a named pipe)\n"))
    #expect(!FileManager.default.fileExists(atPath: fifo + "-journal"))
    #expect(!FileManager.default.fileExists(atPath: fifo + "-wal"))
  }
}
