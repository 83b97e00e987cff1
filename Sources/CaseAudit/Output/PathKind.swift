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
  /// is an error naming it.
  public init(at path: String) throws {
    var status = stat()
    guard lstat(path, &status) == 0 else {
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
