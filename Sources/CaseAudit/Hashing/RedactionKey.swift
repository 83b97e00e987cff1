import Foundation

/// The secret key of redaction pseudonyms, in a file of its own as 64 hex digits (32 bytes).
/// A key is created only where nothing exists — never over a FIFO, a device or a symbolic link
/// — and readable by its owner alone (mode 0600); only a regular file is read as one.
public enum RedactionKey {
  /// The key's length in bytes.
  public static let length = 32

  /// Reads the key at `path`, which must exist: a reader of pseudonyms made earlier (the
  /// workspace showing a redacted audit) given a new key would show other pseudonyms than the
  /// report's, with nothing to tell them apart.
  public static func loadExisting(at path: String) throws -> (key: [UInt8], warnings: [Diagnostic])
  {
    guard try PathKind(at: path) != .absent else {
      throw Diagnostic.error(
        "there is no redaction key at '\(path)'; copy there the key the audit was redacted with"
          + " (caseaudit audit keeps it in .caseaudit/redaction.key beside the plan, unless"
          + " --redact-key named another)")
    }
    return try load(at: path)
  }

  /// Reads the key at `path`, creating one when nothing is there; warnings (a key others can
  /// read) come back beside it.
  public static func load(at path: String) throws -> (key: [UInt8], warnings: [Diagnostic]) {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      guard code == ENOENT else { throw failure("cannot read", path, code) }
      if try PathKind(at: path) == .symbolicLink {
        throw Diagnostic.error(
          "the redaction key '\(path)' is a symbolic link that leads nowhere; a key is created"
            + " only where nothing exists")
      }
      return (try create(at: path), [])
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure("cannot read", path, errno) }
    guard status.st_mode & S_IFMT == S_IFREG else {
      let kind = status.st_mode & S_IFMT == S_IFDIR ? PathKind.directory : .special
      throw Diagnostic.error(
        "the redaction key '\(path)' is \(kind.phrase), not a key file; give --redact-key a key"
          + " file, or a path where nothing exists for a new key")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
    let data = (try? handle.readToEnd()) ?? Data()
    guard let key = parse(String(decoding: data, as: UTF8.self)) else {
      throw Diagnostic.error(
        "'\(path)' is not a redaction key: expected \(2 * length) hex digits (\(length) bytes)")
    }
    var warnings: [Diagnostic] = []
    if status.st_mode & 0o077 != 0 {
      let mode = String(status.st_mode & 0o777, radix: 8)
      warnings.append(
        Diagnostic(
          .warning,
          "the redaction key '\(path)' can be read by other users (mode \(mode)); keep it"
            + " private: chmod 600 '\(path)'"))
    }
    return (key, warnings)
  }

  /// The key in a key file's text: exactly `2 * length` hex digits, surrounding space ignored.
  static func parse(_ text: String) -> [UInt8]? {
    let digits = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
    guard digits.count == 2 * length else { return nil }
    var bytes: [UInt8] = []
    for index in stride(from: 0, to: digits.count, by: 2) {
      guard let byte = UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16)
      else { return nil }
      bytes.append(byte)
    }
    return bytes
  }

  /// Creates a key whole: written with mode 0600 into a new temporary file beside `path`, then
  /// linked to `path`, which fails if anything (a dangling link included) appeared there.
  static func create(at path: String) throws -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let text = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "\n"
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw Diagnostic.error("cannot create the folder of the redaction key '\(path)'")
      }
    }
    let temporary = (folder.isEmpty ? "" : folder + "/") + ".redaction-key-\(UUID().uuidString)"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw failure("cannot create", path, errno) }
    defer { unlink(temporary) }
    let written = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard written == text.utf8.count, synced else { throw failure("cannot create", path, errno) }
    guard link(temporary, path) == 0 else { throw failure("cannot create", path, errno) }
    return bytes
  }

  private static func failure(_ what: String, _ path: String, _ code: Int32) -> Diagnostic {
    Diagnostic.error("\(what) the redaction key '\(path)': \(String(cString: strerror(code)))")
  }
}
