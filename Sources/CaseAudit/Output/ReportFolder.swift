import Foundation

/// Writes a report's files into a folder whole: into a temporary folder beside it first, which
/// then replaces the folder, so a reader sees the old report or the new one, never half.
public enum ReportFolder {
  /// Writes `files` (name to text) into `path`, replacing what was there.
  public static func write(_ files: [(name: String, text: String)], to path: String) throws {
    let manager = FileManager.default
    let target = URL(fileURLWithPath: path)
    let parent = target.deletingLastPathComponent()
    let token = UUID().uuidString.prefix(8)
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(token)")
    let retired = parent.appendingPathComponent(".\(target.lastPathComponent).previous-\(token)")
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
      for (name, text) in files {
        try Data(text.utf8).write(to: staging.appendingPathComponent(name))
      }
      let existed = manager.fileExists(atPath: target.path)
      if existed { try manager.moveItem(at: target, to: retired) }
      try manager.moveItem(at: staging, to: target)
      if existed { try manager.removeItem(at: retired) }
    } catch {
      try? manager.removeItem(at: staging)
      throw Diagnostic.error("cannot write the report to '\(path)': \(error.localizedDescription)")
    }
  }
}
