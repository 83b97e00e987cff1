import Foundation

/// The file CaseAudit writes into every report folder: what wrote it and each file's SHA-256
/// (in `sha256sum`'s format), so a later report replaces the folder only while it holds exactly
/// what CaseAudit put there — not a findings.csv an auditor has since filled in, nor a file
/// someone added.
public struct ReportMarker: Sendable, Equatable {
  /// The marker's name in the folder.
  public static let fileName = ".caseaudit-report"
  /// Files an operating system adds to a folder it shows; they may go with the folder.
  static let systemFiles: Set<String> = [".DS_Store"]

  /// Each file's lower-case hex SHA-256, by name.
  public var digests: [String: String]

  /// The marker of a folder holding these text files.
  public init(files: [(name: String, text: String)]) {
    self.init(files: files.map { ReportFile(name: $0.name, text: $0.text) })
  }

  /// The marker of a folder holding these files.
  public init(files: [ReportFile]) {
    digests = Dictionary(
      files.map { ($0.name, Fingerprint.sha256($0.bytes)) }, uniquingKeysWith: { $1 })
  }

  /// The marker's text: two comment lines, then `<sha256>  <name>` per file, by name.
  public var text: String {
    var out = "# Written by CaseAudit \(AuditReport.engineVersion) (caseaudit audit or history"
    out += " report).\n# CaseAudit replaces this folder only while it holds exactly these"
    out += " files, unchanged.\n"
    for name in digests.keys.sorted() { out += "\(digests[name]!)  \(name)\n" }
    return out
  }

  /// Reads a marker's text; nil when a line is not a comment or a digest and a name.
  public init?(text: String) {
    digests = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 64, parts[1].isEmpty, !parts[2].isEmpty,
        parts[0].allSatisfy({ $0.isHexDigit && !$0.isUppercase })
      else { return nil }
      digests[String(parts[2])] = String(parts[0])
    }
  }

  /// The names in `folder` (besides the marker) that are not files as CaseAudit wrote them:
  /// added, changed, or no longer regular files.
  func changedEntries(in folder: String, names: [String]) throws -> [String] {
    try names.sorted().filter { name in
      if name == ReportMarker.fileName || ReportMarker.systemFiles.contains(name) { return false }
      let path = folder + "/" + name
      guard let digest = digests[name], try PathKind(at: path) == .regularFile,
        let data = FileManager.default.contents(atPath: path)
      else { return true }
      return Fingerprint.sha256([UInt8](data)) != digest
    }
  }
}
