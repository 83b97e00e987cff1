import Foundation

/// Paths a pack names, checked before anything is read: every file of a pack lies in its folder.
enum PackPath {
  /// Whether a relative path stays inside its folder by its words: not absolute, and no `..`
  /// climbing above the folder.
  static func staysInside(_ path: String) -> Bool {
    guard !path.hasPrefix("/") else { return false }
    var depth = 0
    for component in path.split(separator: "/") where component != "." {
      depth += component == ".." ? -1 : 1
      if depth < 0 { return false }
    }
    return true
  }

  /// The path in its plainest words, so two spellings of one file compare equal:
  /// `./rules//a.yaml` and `rules/x/../a.yaml` are both `rules/a.yaml`.
  static func normalized(_ path: String) -> String {
    var components: [Substring] = []
    for component in path.split(separator: "/") where component != "." {
      if component == "..", let last = components.last, last != ".." {
        components.removeLast()
      } else {
        components.append(component)
      }
    }
    return (path.hasPrefix("/") ? "/" : "") + components.joined(separator: "/")
  }

  /// The real path of an existing file or folder, every symlink resolved; nil when it does not
  /// exist (or a symlink loops).
  static func real(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
