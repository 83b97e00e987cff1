import Foundation

/// What is at a path the user named for output, looked at without following a symbolic link,
/// so that a link, a device or a FIFO is never mistaken for the file or folder it leads to.
public enum PathKind: Sendable, Equatable {
  /// Nothing is there.
  case absent
  /// A regular file.
  case regularFile
  /// A folder.
  case directory
  /// A symbolic link (whether or not it leads anywhere).
  case symbolicLink
  /// A device, a FIFO or a socket.
  case special

  /// Looks at a path; a path that cannot be looked at (no permission, a file used as a folder)
  /// is an error naming it. Trailing slashes are dropped first (not a lone `/`): `lstat` follows
  /// a link named `link/`, so `--out link/` would otherwise look like the folder it leads to.
  public init(at path: String) throws {
    var status = stat()
    guard lstat(PathKind.withoutTrailingSlashes(path), &status) == 0 else {
      let code = errno
      if code == ENOENT {
        self = .absent
        return
      }
      throw Diagnostic.error("cannot look at '\(path)': \(String(cString: strerror(code)))")
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: self = .regularFile
    case S_IFDIR: self = .directory
    case S_IFLNK: self = .symbolicLink
    default: self = .special
    }
  }

  /// The path without its trailing slashes, keeping a lone `/` (the root).
  static func withoutTrailingSlashes(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// The kind in words, for messages: "a file", "a folder" ...
  public var phrase: String {
    switch self {
    case .absent: "nothing"
    case .regularFile: "a file"
    case .directory: "a folder"
    case .symbolicLink: "a symbolic link"
    case .special: "a device, FIFO or socket"
    }
  }
}
