import Foundation

/// Writes a report's files into a folder whole: into a temporary folder beside it first, which
/// then replaces the folder, so a reader sees the old report or the new one, never half. Only a
/// folder CaseAudit wrote (its `.caseaudit-report` marker lists every file in it, unchanged),
/// an empty folder or nothing is ever replaced.
public enum ReportFolder {
  /// Writes text `files` (name to text) and their marker into `path`, replacing a report there.
  public static func write(_ files: [(name: String, text: String)], to path: String) throws {
    try write(files.map { ReportFile(name: $0.name, text: $0.text) }, to: path)
  }

  /// Writes `files` (text or binary) and their marker into `path`, replacing a report there.
  public static func write(_ files: [ReportFile], to path: String) throws {
    try checkReplaceable(path)
    let manager = FileManager.default
    let target = URL(fileURLWithPath: path).standardizedFileURL
    let parent = target.deletingLastPathComponent()
    let token = UUID().uuidString.prefix(8)
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(token)")
    let retired = parent.appendingPathComponent(".\(target.lastPathComponent).previous-\(token)")
    let marker = ReportMarker(files: files)
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: true)
      for file in files + [ReportFile(name: ReportMarker.fileName, text: marker.text)] {
        try Data(file.bytes).write(to: staging.appendingPathComponent(file.name))
      }
      // Looked at again just before the swap: the check above came before the work.
      try checkReplaceable(path)
      let existed = try PathKind(at: target.path) != .absent
      if existed { try manager.moveItem(at: target, to: retired) }
      try manager.moveItem(at: staging, to: target)
      if existed { try manager.removeItem(at: retired) }
    } catch let diagnostic as Diagnostic {
      try? manager.removeItem(at: staging)
      throw diagnostic
    } catch {
      try? manager.removeItem(at: staging)
      throw Diagnostic.error("cannot write the report to '\(path)': \(error.localizedDescription)")
    }
  }

  /// Throws unless `path` is nothing, an empty folder, or a report folder CaseAudit wrote and
  /// nobody has changed since; commands call it before their work, so a refused folder costs
  /// nothing and leaves no audit recorded.
  public static func checkReplaceable(_ path: String) throws {
    guard !path.isEmpty else { throw Diagnostic.error("an empty path names no folder") }
    let refusal = "refusing to replace '\(path)': "
    let kind = try PathKind(at: path)
    switch kind {
    case .absent: return
    case .regularFile, .symbolicLink, .special:
      throw Diagnostic.error(
        refusal + "it is \(kind.phrase), not a report folder; give a new folder")
    case .directory: break
    }
    // Replacing the working folder (or one holding it) would leave this process, and the
    // shell that ran it, in a deleted folder.
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .resolvingSymlinksInPath().standardizedFileURL.path
    if working == resolved || working.hasPrefix(resolved == "/" ? "/" : resolved + "/") {
      throw Diagnostic.error(
        refusal + "it is the working folder or holds it; give a folder inside it")
    }
    try checkContents(path, names: listing(path), refusal: refusal)
  }

  /// Lists the folder; a folder that cannot be listed is refused, as it could hold anything.
  static func listing(_ path: String) throws -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw Diagnostic.error(
        "refusing to replace '\(path)': it cannot be listed (\(error.localizedDescription));"
          + " give a new folder")
    }
  }

  /// Throws unless the folder's `names` are none or exactly a report CaseAudit wrote.
  private static func checkContents(_ path: String, names: [String], refusal: String) throws {
    if names.isEmpty { return }
    let markerPath = path + "/" + ReportMarker.fileName
    guard try PathKind(at: markerPath) == .regularFile,
      let data = FileManager.default.contents(atPath: markerPath)
    else {
      throw Diagnostic.error(
        refusal + "it is a folder CaseAudit did not write (it has no '\(ReportMarker.fileName)'"
          + " file; a report of an earlier version has none either: remove one yourself);"
          + " give a new or empty folder")
    }
    guard let marker = ReportMarker(text: String(decoding: data, as: UTF8.self)) else {
      throw Diagnostic.error(
        refusal + "its '\(ReportMarker.fileName)' is not one CaseAudit wrote; give a new folder")
    }
    let changed = try marker.changedEntries(in: path, names: names)
    guard changed.isEmpty else {
      let list = changed.map { "'\($0)'" }.joined(separator: ", ")
      throw Diagnostic.error(
        refusal + "\(list) \(changed.count == 1 ? "was" : "were") added or changed since"
          + " CaseAudit wrote it; move \(changed.count == 1 ? "it" : "them") away or give"
          + " another folder")
    }
  }
}
