#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What is at a path, found without opening it: a FIFO or a device must never be opened for
/// reading (a FIFO would block, `/dev/zero` never ends).
public enum PathStatus: Sendable, Hashable {
  /// A regular file.
  case file
  /// A folder.
  case folder
  /// Something else: a FIFO, a device or a socket, named in words (`a named pipe`).
  case special(String)
  /// Nothing is there.
  case missing
  /// Following its symbolic links never ends.
  case symbolicLinkLoop
  /// It cannot be looked at; the system's reason, in words (`permission denied`).
  case inaccessible(String)

  /// What is at a path, following symbolic links.
  public static func of(_ path: String) -> PathStatus {
    var info = stat()
    guard stat(path, &info) == 0 else { return failure(errno) }
    return of(mode: info.st_mode)
  }

  /// Whether two paths name the same file or folder (the same device and inode), however
  /// spelt: `.`, a trailing slash or a symbolic link make no difference.
  public static func same(_ first: String, _ second: String) -> Bool {
    var one = stat()
    var two = stat()
    guard stat(first, &one) == 0, stat(second, &two) == 0 else { return false }
    return one.st_dev == two.st_dev && one.st_ino == two.st_ino
  }

  /// The status a file's mode stands for.
  static func of(mode: mode_t) -> PathStatus {
    switch mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    case S_IFIFO: return .special("a named pipe")
    case S_IFCHR, S_IFBLK: return .special("a device")
    case S_IFSOCK: return .special("a socket")
    default: return .special("not a file or a folder")
    }
  }

  /// The status a failed `stat` or `open` stands for.
  static func failure(_ code: Int32) -> PathStatus {
    switch code {
    case ENOENT, ENOTDIR: return .missing
    case ELOOP: return .symbolicLinkLoop
    default: return .inaccessible(reason(code))
    }
  }

  /// The system's words for an error number, starting lower-case (`permission denied`).
  static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
  }

  /// What is wrong when a file was expected here; nil for a regular file.
  public var fileProblem: FileProblem? {
    switch self {
    case .file: return nil
    case .folder: return FileProblem(phrase: "is a folder, not a file")
    case .special(let kind): return FileProblem(phrase: "is not a regular file (\(kind))")
    case .missing: return .missing
    case .symbolicLinkLoop: return FileProblem(phrase: "is a symbolic link loop")
    case .inaccessible(let reason): return FileProblem(phrase: "cannot be read: \(reason)")
    }
  }

  /// What is wrong when a folder was expected here; nil for a folder.
  public var folderProblem: FileProblem? {
    switch self {
    case .folder: return nil
    case .file: return FileProblem(phrase: "is a file, not a folder")
    case .special(let kind): return FileProblem(phrase: "is not a folder (\(kind))")
    case .missing, .symbolicLinkLoop, .inaccessible: return fileProblem
    }
  }
}

/// Why an input path could not be read as expected, as the words after the quoted path.
public struct FileProblem: Error, Sendable, Hashable {
  /// The words after the quoted path: `does not exist`, `is a folder, not a file`.
  public var phrase: String
  /// Whether nothing is at the path: an optional file may be absent; anything else that is
  /// there but cannot be read is an error.
  public var isMissing = false

  /// Nothing is at the path.
  public static let missing = FileProblem(phrase: "does not exist", isMissing: true)

  /// `'path' phrase`.
  public func message(_ path: String) -> String { "'\(path)' \(phrase)" }
}
