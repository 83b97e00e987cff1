import Foundation
import Testing

@testable import CaseAudit

/// A folder that cannot be listed is refused, not taken for empty and replaced.
@Suite struct ReportFolderListingTests {
  @Test func aListingThatFailsIsARefusal() throws {
    // Root lists any folder, so the failure is a path that is not a folder at all.
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-listing-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("file").path
    try "text\n".write(toFile: file, atomically: true, encoding: .utf8)
    var cause = ""
    do { _ = try FileManager.default.contentsOfDirectory(atPath: file) } catch {
      cause = error.localizedDescription
    }
    #expect(!cause.isEmpty)
    #expect(throws: Diagnostic.error(
      "refusing to replace '\(file)': it cannot be listed (\(cause)); give a new folder"
    )) {
      try ReportFolder.listing(file)
    }
    #expect(try ReportFolder.listing(folder.path) == ["file"])
  }
}
