import Foundation
import Testing

/// `generate --out` writes a synthetic export only where it cannot replace a real one.
@Suite struct GenerateFolderTests {
  @Test func aFolderHoldingAnExportItDidNotWriteIsRefused() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let real = runner.folder.appendingPathComponent("real").path
    try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
    try "child_id\nC1\n".write(toFile: real + "/children.csv", atomically: true, encoding: .utf8)
    try "C1,a review\n".write(toFile: real + "/reviews.csv", atomically: true, encoding: .utf8)
    let output = try runner.run(["generate", "--children", "5", "--seed", "1", "--out", real])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        error: '\(real)' already holds 'children.csv', 'reviews.csv', which caseaudit generate \
        did not write there; give a new or empty folder

        """)
    #expect(try String(contentsOfFile: real + "/children.csv", encoding: .utf8) == "child_id\nC1\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: real).count == 2)
  }

  @Test func aFolderItGeneratedIsWrittenAgain() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let out = runner.folder.appendingPathComponent("demo").path
    let first = try runner.run(["generate", "--children", "3", "--seed", "1", "--out", out])
    #expect(first.status == 0)
    try "kept\n".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)
    let second = try runner.run(["generate", "--children", "4", "--seed", "2", "--out", out])
    #expect(second.status == 0)
    #expect(second.stdout.contains("\(out)/children.csv: 4 rows\n"))
    #expect(try String(contentsOfFile: out + "/notes.txt", encoding: .utf8) == "kept\n")
    let marker = try String(contentsOfFile: out + "/.caseaudit-generated", encoding: .utf8)
    #expect(marker.hasPrefix("# Written by caseaudit generate"))
  }

  @Test(arguments: ["file", "fifo"])
  func aPathThatIsNoFolderIsRefused(kind: String) throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let path = runner.folder.appendingPathComponent("target").path
    if kind == "file" {
      try "mine\n".write(toFile: path, atomically: true, encoding: .utf8)
    } else {
      #expect(mkfifo(path, 0o600) == 0)
    }
    let output = try runner.run(["generate", "--children", "3", "--seed", "1", "--out", path])
    #expect(output.status == 1)
    let phrase = kind == "file" ? "a file" : "a device, FIFO or socket"
    #expect(
      output.stderr
        == "error: '\(path)' is \(phrase), not a folder; give a new or empty folder\n")
  }

  /// Both years' folders of a return are checked before either is written.
  @Test func aReturnIsRefusedWholeWhenItsPreviousYearIsTaken() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let out = runner.folder.appendingPathComponent("return").path
    try FileManager.default.createDirectory(
      atPath: out + "/previous", withIntermediateDirectories: true)
    try "real\n".write(toFile: out + "/previous/Header.csv", atomically: true, encoding: .utf8)
    let output = try runner.run([
      "generate", "--children", "3", "--seed", "1", "--out", out, "--format", "ssda903",
    ])
    #expect(output.status == 1)
    #expect(
      output.stderr == """
        error: '\(out)/previous' already holds 'Header.csv', which caseaudit generate did not \
        write there; give a new or empty folder

        """)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["previous"])
  }
}
