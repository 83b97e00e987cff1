import Foundation
import Testing

@testable import CaseAudit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A temporary folder of the test's own.
private func temporaryFolder() throws -> String {
  let path = NSTemporaryDirectory() + "caseaudit-input-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

private func problem(_ path: String) -> String? {
  if case .failure(let problem) = InputFile.bytes(at: path) { return problem.message(path) }
  return nil
}

/// Only regular files are opened; everything else is named for what it is.
@Suite struct InputFileTests {
  @Test func regularFilesAreRead() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "a,b\n".write(toFile: folder + "/x.csv", atomically: true, encoding: .utf8)
    #expect(try InputFile.bytes(at: folder + "/x.csv").get() == Array("a,b\n".utf8))
    #expect(try InputFile.bytes(at: folder + "/x.csv", limit: 2).get() == Array("a,".utf8))
  }

  @Test func whatIsThereInsteadOfAFileIsNamed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/fifo.csv"
    #expect(mkfifo(fifo, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/a.csv", withDestinationPath: "b.csv")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/b.csv", withDestinationPath: "a.csv")
    // Opening the FIFO for reading would block: this returning at all shows it was not opened.
    #expect(problem(fifo) == "'\(fifo)' is not a regular file (a named pipe)")
    #expect(problem("/dev/zero") == "'/dev/zero' is not a regular file (a device)")
    #expect(problem(folder) == "'\(folder)' is a folder, not a file")
    #expect(problem(folder + "/a.csv") == "'\(folder)/a.csv' is a symbolic link loop")
    #expect(problem(folder + "/none.csv") == "'\(folder)/none.csv' does not exist")
    #expect(problem(folder + "/fifo.csv/x") == "'\(folder)/fifo.csv/x' does not exist")
    #expect(PathStatus.of(folder + "/none.csv").fileProblem?.isMissing == true)
    #expect(PathStatus.of(fifo).fileProblem?.isMissing == false)
  }

  @Test func whatIsThereInsteadOfAFolderIsNamed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "".write(toFile: folder + "/x.csv", atomically: true, encoding: .utf8)
    #expect(PathStatus.of(folder).folderProblem == nil)
    #expect(PathStatus.of(folder + "/x.csv").folderProblem?.phrase == "is a file, not a folder")
    #expect(PathStatus.of("/dev/zero").folderProblem?.phrase == "is not a folder (a device)")
    #expect(PathStatus.of(folder + "/none").folderProblem?.phrase == "does not exist")
  }

  #if os(Linux)
    @Test func procSelfMemCannotBeRead() {
      #expect(problem("/proc/self/mem") == "'/proc/self/mem' cannot be read: input/output error")
    }
  #endif

  @Test func textThatIsNotUTF8IsOneErrorAtItsByte() throws {
    let bytes = Array("id: x\nname: Zo".utf8) + [0xEB] + Array(" and more\nend: 1\n".utf8)
    let result = InputFile.utf8Text(bytes, path: "rules/x.yaml")
    guard case .failure(let diagnostic) = result else {
      Issue.record("read as UTF-8")
      return
    }
    #expect(
      diagnostic.rendered() == """
        rules/x.yaml:2:9: error: not valid UTF-8: byte 0xEB at byte offset 14; save the file as \
        UTF-8
        name: Zo\u{FFFD} and more
                ^
        """)
  }

  @Test func utf16TextIsRefusedForYAML() throws {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x69, 0, 0x64, 0, 0x3A, 0, 0x20, 0, 0x78, 0, 0x0A, 0]
    guard case .failure(let diagnostic) = InputFile.utf8Text(bytes, path: "pack.yaml") else {
      Issue.record("read as UTF-8")
      return
    }
    #expect(
      diagnostic.rendered()
        == "pack.yaml:1:1: error: the file is UTF-16 (little-endian); save it as UTF-8")
  }
}
