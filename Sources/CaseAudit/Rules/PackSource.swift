import Foundation

/// Where a pack's files come from: a folder on disk, or texts in memory (for tests).
public protocol PackSource: Sendable {
  /// The path users see for the pack (`Rules/iro`).
  var displayPath: String { get }
  /// The text of a file relative to the pack, or nil when it does not exist.
  func read(_ relativePath: String) throws -> String?
  /// The YAML files directly inside a folder of the pack, relative to the pack, sorted.
  func yamlFiles(in folder: String) -> [String]
  /// Whether a path the pack names lies inside the pack's folder, symlinks resolved: a pack
  /// reads nothing outside it (`../../etc/passwd`).
  func isInside(_ relativePath: String) -> Bool
}

extension PackSource {
  /// Whether a relative path stays inside the pack by its words alone: not absolute, and no
  /// `..` climbing above the pack's folder.
  public func isInside(_ relativePath: String) -> Bool {
    PackPath.staysInside(relativePath)
  }

  /// The path users see for a file of the pack.
  public func displayPath(of relativePath: String) -> String {
    displayPath.isEmpty ? relativePath : displayPath + "/" + relativePath
  }
}

/// A pack in a folder on disk.
public struct DirectoryPackSource: PackSource {
  /// The folder as the user named it.
  public let displayPath: String

  /// Creates a source for a folder; a trailing slash is dropped from the shown path.
  public init(path: String) {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    displayPath = path
  }

  /// Whether a path lies inside the folder, by its words and then, when it exists, by its real
  /// path (every symlink resolved).
  public func isInside(_ relativePath: String) -> Bool {
    guard PackPath.staysInside(relativePath) else { return false }
    guard let folder = PackPath.real(displayPath.isEmpty ? "." : displayPath),
      let file = PackPath.real(displayPath(of: relativePath))
    else { return true }  // a missing file is reported as missing
    return file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
  }

  /// Reads a file; nil when missing; an error when it is not a readable regular file or not
  /// UTF-8 (at the first bad byte).
  public func read(_ relativePath: String) throws -> String? {
    let path = displayPath(of: relativePath)
    switch InputFile.bytes(at: path) {
    case .failure(let problem) where problem.isMissing: return nil
    case .failure(let problem): throw Diagnostic.error(problem.message(path))
    case .success(let bytes): return try InputFile.utf8Text(bytes, path: path).get()
    }
  }

  /// The YAML files in a folder of the pack.
  public func yamlFiles(in folder: String) -> [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: displayPath(of: folder))) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      .map { folder + "/" + $0 }
  }
}

/// A pack held as texts, keyed by relative path: tests write packs inline with it.
public struct InMemoryPackSource: PackSource {
  /// The path shown in diagnostics.
  public let displayPath: String
  /// File texts by relative path.
  public var files: [String: String]

  /// Creates an in-memory pack.
  public init(displayPath: String = "pack", files: [String: String]) {
    self.displayPath = displayPath
    self.files = files
  }

  /// The text of a file, however its path is spelt (`./rules/a.yaml`), as a folder reads it.
  public func read(_ relativePath: String) throws -> String? {
    files[relativePath] ?? files[PackPath.normalized(relativePath)]
  }

  /// The YAML files in a folder.
  public func yamlFiles(in folder: String) -> [String] {
    files.keys.filter { $0.hasPrefix(folder + "/") && $0.hasSuffix(".yaml") }.sorted()
  }
}
