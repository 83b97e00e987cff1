import Foundation
import Testing

@testable import CaseAudit

/// Writing a file again replaces it whole and keeps its permissions: a census its owner made
/// private stays private.
@Suite struct AtomicFileModeTests {
  @Test(arguments: [0o600, 0o640, 0o644])
  func aReplacedFileKeepsItsMode(mode: Int) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-mode-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/census.md"
    try AtomicFile.write("old\n", to: path)
    #expect(chmod(path, mode_t(mode)) == 0)
    try AtomicFile.write("new\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    var status = stat()
    #expect(stat(path, &status) == 0)
    #expect(Int(status.st_mode & 0o7777) == mode)
  }
}
