import Foundation
import Testing

@testable import CaseAudit

/// A report folder holds binary files (a workbook) as it holds text: written whole, listed in
/// the marker, replaced while unchanged and refused once changed.
@Suite struct ReportFolderBinaryTests {
  @Test func aBinaryFileIsWrittenListedAndGuarded() throws {
    let parent = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-binary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("report").path
    // Bytes that are not UTF-8: a text round trip would change them.
    let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x80]
    let files = [
      ReportFile(name: "report.md", text: "# R\n"), ReportFile(name: "tables.xlsx", bytes: bytes),
    ]
    try ReportFolder.write(files, to: folder)
    let written = try #require(FileManager.default.contents(atPath: folder + "/tables.xlsx"))
    #expect([UInt8](written) == bytes)
    let marker = try String(contentsOfFile: folder + "/.caseaudit-report", encoding: .utf8)
    #expect(
      marker.hasSuffix(
        "\(Fingerprint.sha256(Array("# R\n".utf8)))  report.md\n"
          + "\(Fingerprint.sha256(bytes))  tables.xlsx\n"))
    try ReportFolder.write(files, to: folder)
    try Data([0x00]).write(to: URL(fileURLWithPath: folder + "/tables.xlsx"))
    #expect(
      throws: Diagnostic.error(
        "refusing to replace '\(folder)': 'tables.xlsx' was added or changed since CaseAudit"
          + " wrote it; move it away or give another folder")
    ) {
      try ReportFolder.write(files, to: folder)
    }
  }
}
