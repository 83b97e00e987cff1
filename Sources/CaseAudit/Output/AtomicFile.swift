import Foundation

/// Writes files whole or not at all: a reader never sees half a report.
public enum AtomicFile {
  /// Writes text to a temporary file beside `path`, then renames it into place. Only a file is
  /// ever replaced: a folder, a symbolic link, a device or a FIFO at `path` is left as it is
  /// and is an error (renaming over `/dev/null` as root would replace the device).
  public static func write(_ text: String, to path: String) throws {
    try write(bytes: Array(text.utf8), to: path)
  }

  /// Writes bytes as `write(_:to:)` writes text.
  public static func write(bytes: [UInt8], to path: String) throws {
    guard !path.isEmpty else { throw Diagnostic.error("an empty path names no file") }
    let kind = try PathKind(at: path)
    guard kind == .absent || kind == .regularFile else {
      throw Diagnostic.error(
        "refusing to write '\(path)': it is \(kind.phrase), not a file; give a file's path")
    }
    let url = URL(fileURLWithPath: path)
    do {
      try Data(bytes).write(to: url, options: .atomic)
    } catch {
      throw Diagnostic.error("cannot write '\(path)': \(error.localizedDescription)")
    }
  }
}
