import Foundation
import Testing

private let plan = "Samples/iro-quarterly-dip-sample.yaml"

/// The names in a folder, sorted.
private func names(_ path: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: path).sorted()
}

/// `--out` and `-o` replace only what CaseAudit wrote (issue 8, item 8).
@Suite struct OutputFolderTests {
  @Test func aFolderOfOtherFilesIsLeftAsItWas() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let folder = runner.folder.appendingPathComponent("mine").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "keep me\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
    let history = runner.folder.appendingPathComponent("h/history.sqlite").path
    let output = try runner.run([
      "audit", plan, "--history", history, "--out", folder, "--format", "md",
    ])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        error: refusing to replace '\(folder)': it is a folder CaseAudit did not write (it has \
        no '.caseaudit-report' file; a report of an earlier version has none either: remove \
        one yourself); give a new or empty folder

        """)
    #expect(try names(folder) == ["notes.txt"])
    // Refused before any work: no audit was recorded.
    #expect(!FileManager.default.fileExists(atPath: history))
  }

  @Test func aFileADeviceAFIFOAndALinkAreRefused() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let file = runner.folder.appendingPathComponent("file.txt").path
    try "text\n".write(toFile: file, atomically: true, encoding: .utf8)
    let fifo = runner.folder.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let link = runner.folder.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: runner.folder.appendingPathComponent("gone").path)
    let cases = [
      (file, "a file"), (fifo, "a device, FIFO or socket"),
      ("/dev/null", "a device, FIFO or socket"), (link, "a symbolic link"),
    ]
    for (path, phrase) in cases {
      let output = try runner.run(["audit", plan, "--no-history", "--out", path, "--format", "md"])
      #expect(output.status == 1)
      #expect(
        output.stderr
          == "error: refusing to replace '\(path)': it is \(phrase), not a report folder;"
          + " give a new folder\n")
    }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "text\n")
    #expect(try PathKindProbe.isFIFO(fifo))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link).hasSuffix("/gone"))
  }

  @Test func itsOwnReportIsReplacedButNotOnceAFileChanged() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let folder = runner.folder.appendingPathComponent("report").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let audit = ["audit", plan, "--no-history", "--out", folder, "--format", "md,csv"]
    // An empty folder, then the report it now holds, are replaced.
    #expect(try runner.run(audit).status == 0)
    #expect(try runner.run(audit).status == 0)
    #expect(try names(folder) == [".caseaudit-report", "findings.csv", "report.md"])
    let marker = try String(contentsOfFile: folder + "/.caseaudit-report", encoding: .utf8)
    let lines = marker.split(separator: "\n")
    #expect(lines.count == 4)
    for (line, name) in zip(lines.dropFirst(2), ["findings.csv", "report.md"]) {
      let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
      #expect(line == "\(sha256Hex([UInt8](data)))  \(name)")
    }
    // An auditor fills in findings.csv in place and adds a file: both are kept.
    try "filled in\n".write(toFile: folder + "/findings.csv", atomically: true, encoding: .utf8)
    try "x\n".write(toFile: folder + "/extra.txt", atomically: true, encoding: .utf8)
    let refused = try runner.run(audit)
    #expect(refused.status == 1)
    #expect(
      refused.stderr == """
        error: refusing to replace '\(folder)': 'extra.txt', 'findings.csv' were added or \
        changed since CaseAudit wrote it; move them away or give another folder

        """)
    #expect(try String(contentsOfFile: folder + "/findings.csv", encoding: .utf8) == "filled in\n")
  }

  @Test func theWorkingFolderIsNeverReplaced() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    // The runner works in the repository root; the root and its parent hold it.
    let root = CommandRunner.repositoryRoot.path
    for path in [".", root, (root as NSString).deletingLastPathComponent] {
      let output = try runner.run(["audit", plan, "--no-history", "--out", path])
      #expect(output.status == 1)
      #expect(
        output.stderr
          == "error: refusing to replace '\(path)': it is the working folder or holds it; give a"
          + " folder inside it\n")
    }
  }

  @Test func historyReportRefusesAForeignFolder() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let history = runner.folder.appendingPathComponent("history.sqlite").path
    let first = runner.folder.appendingPathComponent("first").path
    #expect(
      try runner.run(["audit", plan, "--history", history, "--out", first, "--format", "md"])
        .status == 0)
    let folder = runner.folder.path
    let output = try runner.run(["history", "report", "1", "--history", history, "--out", folder])
    #expect(output.status == 1)
    #expect(output.stderr.hasPrefix("error: refusing to replace '\(folder)': it is a folder "))
    #expect(FileManager.default.fileExists(atPath: history))
    #expect(try names(first) == [".caseaudit-report", "report.md"])
  }

  @Test func singleFileOutputsReplaceOnlyFiles() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let fifo = runner.folder.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let folder = runner.folder.appendingPathComponent("folder").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (path, phrase) in [(fifo, "a device, FIFO or socket"), (folder, "a folder")] {
      let docs = try runner.run(["rules", "docs", "Rules/iro", "-o", path])
      #expect(docs.status == 1)
      #expect(
        docs.stderr
          == "error: refusing to write '\(path)': it is \(phrase), not a file;"
          + " give a file's path\n")
    }
    let file = runner.folder.appendingPathComponent("standards.md").path
    try "old\n".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try runner.run(["rules", "docs", "Rules/iro", "-o", file]).status == 0)
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# "))
    #expect(try PathKindProbe.isFIFO(fifo))
  }
}

/// Looks at a path without following links.
enum PathKindProbe {
  static func isFIFO(_ path: String) throws -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
  }
}

/// SHA-256 in hex, computed here with the system's `sha256sum`, independently of CaseAudit.
private func sha256Hex(_ bytes: [UInt8]) -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["sha256sum"]
  let input = Pipe()
  let output = Pipe()
  process.standardInput = input
  process.standardOutput = output
  try? process.run()
  input.fileHandleForWriting.write(Data(bytes))
  try? input.fileHandleForWriting.close()
  let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  return String(text.prefix(64))
}
