import Foundation

/// Writes files whole or not at all: a reader never sees half a report.
public enum AtomicFile {
  /// Writes text to a temporary file beside `path`, then renames it into place. Only a file is
  /// ever replaced: a folder, a symbolic link, a device or a FIFO at `path` is left as it is
  /// and is an error (renaming over `/dev/null` as root would replace the device). A file
  /// replaced keeps its permissions.
  public static func write(_ text: String, to path: String) throws {
    try write(to: path) { $0.write(text) }
  }

  /// Writes bytes as `write(_:to:)` writes text.
  public static func write(bytes: [UInt8], to path: String) throws {
    try write(to: path) { $0.write(bytes: bytes) }
  }

  /// Streams a file: `body` writes into a temporary file beside `path` as it goes (memory
  /// stays bounded), which is renamed into place once `body` returns and every byte is on
  /// disk; when anything fails the temporary file is removed and `path` left as it was.
  public static func write(to path: String, _ body: (inout ByteSink) throws -> Void) throws {
    guard !path.isEmpty else { throw Diagnostic.error("an empty path names no file") }
    let kind = try PathKind(at: path)
    guard kind == .absent || kind == .regularFile else {
      throw Diagnostic.error(
        "refusing to write '\(path)': it is \(kind.phrase), not a file; give a file's path")
    }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
      .path
    _ = try stream(to: temporary, named: "'\(path)'", body)
    // The file replaced keeps its permissions: a report its owner made private (0600) must not
    // become readable by everyone because it was written again.
    var existing = stat()
    if kind == .regularFile, stat(path, &existing) == 0 {
      chmod(temporary, existing.st_mode & 0o7777)
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Diagnostic.error("cannot write '\(path)': \(reason)")
    }
  }

  /// Creates a new file at `path` (never one that exists) and streams `body` into it, synced
  /// to disk; on failure the file is removed. `name` names the destination in errors.
  static func stream(
    to path: String, named name: String, hashing: Bool = false,
    _ body: (inout ByteSink) throws -> Void
  ) throws -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw Diagnostic.error("cannot write \(name): \(String(cString: strerror(errno)))")
    }
    var sink = ByteSink(descriptor: descriptor, name: name, hashing: hashing)
    do {
      try body(&sink)
      try sink.finish()
      guard fsync(descriptor) == 0 else {
        throw Diagnostic.error("cannot write \(name): \(String(cString: strerror(errno)))")
      }
    } catch {
      close(descriptor)
      unlink(path)
      throw error
    }
    guard close(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(path)
      throw Diagnostic.error("cannot write \(name): \(reason)")
    }
    return sink.sha256()
  }

  /// Streams `body` to standard output as it goes.
  public static func writeStandardOutput(_ body: (inout ByteSink) throws -> Void) throws {
    var sink = ByteSink(descriptor: STDOUT_FILENO, name: "to standard output")
    try body(&sink)
    try sink.finish()
  }
}
