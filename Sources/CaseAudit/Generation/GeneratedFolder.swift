import Foundation

/// A folder `caseaudit generate` writes an export into. A synthetic export must never replace a
/// real one: files of the names it writes are replaced only in a folder it generated before,
/// which it marks with a file of its own.
public struct GeneratedFolder: Sendable {
  /// The marker's name in the folder.
  public static let markerName = ".caseaudit-generated"
  /// The marker's text.
  static let markerText =
    "# Written by caseaudit generate: every record in this folder is synthetic.\n"
    + "# caseaudit generate replaces its files only in a folder holding this marker.\n"

  /// The folder's path.
  public var path: String

  /// Checks that the folder can take files of these names (it is created when written): an
  /// error when the path is not a folder, or when it already holds a file of one of these names
  /// and no marker (so that file is not CaseAudit's to replace).
  public static func prepare(_ path: String, for names: [String]) throws -> GeneratedFolder {
    switch try PathKind(at: path) {
    case .absent: break
    case .directory:
      let marked = (try? PathKind(at: path + "/" + markerName)) == .regularFile
      let taken = names.filter { (try? PathKind(at: path + "/" + $0)) != .absent }
      if !taken.isEmpty && !marked {
        throw Diagnostic.error(
          "'\(path)' already holds \(taken.map { "'\($0)'" }.joined(separator: ", ")), which"
            + " caseaudit generate did not write there; give a new or empty folder")
      }
    case let kind:
      throw Diagnostic.error(
        "'\(path)' is \(kind.phrase), not a folder; give a new or empty folder")
    }
    return GeneratedFolder(path: path)
  }

  /// Creates the folder when missing, then writes each file atomically, then the marker.
  public func write(_ files: [(name: String, bytes: [UInt8])]) throws {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw Diagnostic.error("cannot create the folder '\(path)': \(error.localizedDescription)")
    }
    for (name, bytes) in files {
      try AtomicFile.write(bytes: bytes, to: path + "/" + name)
    }
    try AtomicFile.write(GeneratedFolder.markerText, to: path + "/" + GeneratedFolder.markerName)
  }
}
