#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens the files a user names (exports, packs, plans, mappings, moderated findings): every
/// input file is read through here, so a folder, a FIFO, a device, a symbolic link loop or an
/// unreadable file is named for what it is, and only regular files are ever opened.
public enum InputFile {
  /// The bytes of a regular file; `limit` stops reading after that many bytes.
  public static func bytes(at path: String, limit: Int = .max) -> Result<[UInt8], FileProblem> {
    if let problem = PathStatus.of(path).fileProblem { return .failure(problem) }
    // O_NONBLOCK: should the path turn into a FIFO after the check, opening it cannot hang.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else {
      return .failure(PathStatus.failure(errno).fileProblem ?? FileProblem(phrase: "changed"))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      return .failure(PathStatus.inaccessible(PathStatus.reason(errno)).fileProblem!)
    }
    if let problem = PathStatus.of(mode: info.st_mode).fileProblem { return .failure(problem) }
    return readAll(descriptor, sizeHint: Int(info.st_size), limit: limit)
  }

  /// The text of a regular file that must be UTF-8 (a YAML file a person writes); a file that
  /// is not is one error at the first bad byte, with its line. `what` names the file in an
  /// error (`the plan`).
  public static func utf8Text(at path: String, what: String) -> Result<String, Diagnostic> {
    switch bytes(at: path) {
    case .failure(let problem): return .failure(.error("\(what) \(problem.message(path))"))
    case .success(let bytes): return utf8Text(bytes, path: path)
    }
  }

  /// Bytes as UTF-8 text, or one error saying where they stop being UTF-8 (or that they are
  /// UTF-16, which a text editor can save as UTF-8).
  public static func utf8Text(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
    let start = SourceLocation(file: path, line: 1, column: 1)
    if let utf16 = TextDecoding.utf16Form(bytes) {
      return .failure(
        .error("the file is \(utf16.rawValue); save it as UTF-8", at: start, kind: "encoding"))
    }
    guard let offset = TextDecoding.firstInvalidUTF8(bytes) else {
      return .success(String(decoding: bytes, as: UTF8.self))
    }
    let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let line = bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    let column =
      String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars
      .count + 1
    var lineEnd = offset
    while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n"),
      bytes[lineEnd] != UInt8(ascii: "\r")
    {
      lineEnd += 1
    }
    let hex = String(bytes[offset], radix: 16, uppercase: true)
    return .failure(
      .error(
        "not valid UTF-8: byte 0x\(hex.count == 1 ? "0" : "")\(hex) at byte offset \(offset);"
          + " save the file as UTF-8",
        at: SourceLocation(file: path, line: line, column: column),
        sourceLine: String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self),
        kind: "encoding"))
  }

  /// Reads to the end into one buffer (procfs files report a size of 0: the size is a hint).
  private static func readAll(
    _ descriptor: Int32, sizeHint: Int, limit: Int
  ) -> Result<[UInt8], FileProblem> {
    // Not zeroed first: `read` fills it, and what it does not fill is cut off below.
    let size = min(max(sizeHint, 0), limit - 1) + 1
    var buffer = [UInt8](unsafeUninitializedCapacity: size) { $1 = size }
    var filled = 0
    while filled < limit {
      if filled == buffer.count {
        buffer.append(
          contentsOf: repeatElement(0, count: min(max(filled, 1 << 16), limit - filled)))
      }
      let wanted = buffer.count - filled
      let count = buffer.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + filled, wanted)
      }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(FileProblem(phrase: "cannot be read: \(PathStatus.reason(errno))"))
      }
      filled += count
    }
    buffer.removeSubrange(filled...)
    return .success(buffer)
  }
}
