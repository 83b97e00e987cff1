import Crypto
import Foundation

/// Bytes written as they are produced: gathered in a small buffer and passed on to a file
/// descriptor whenever it fills, or kept whole in memory (for tests and small files). Memory
/// stays bounded by the buffer however large the output. A failed write is remembered and the
/// rest dropped, so writers need not check every call; `finish()` reports it.
public struct ByteSink: ~Copyable, Sendable {
  /// Where flushed bytes go.
  private enum Destination {
    case memory
    case descriptor(Int32, name: String)
  }

  /// Bytes kept before they are passed on.
  static let capacity = 1 << 16

  private var buffer: [UInt8] = []
  private let destination: Destination
  private var digest: SHA256?
  private var failure: Diagnostic?
  /// Bytes written so far, including those still in the buffer.
  public private(set) var count = 0

  /// A sink that keeps everything in memory; `bytes` gives it back.
  public init() {
    destination = .memory
    buffer.reserveCapacity(Self.capacity)
  }

  /// A sink writing to an open file descriptor (it is not closed here); `name` names it in
  /// errors. With `hashing`, the SHA-256 of everything written is kept as it goes.
  public init(descriptor: Int32, name: String, hashing: Bool = false) {
    destination = .descriptor(descriptor, name: name)
    digest = hashing ? SHA256() : nil
    buffer.reserveCapacity(Self.capacity)
  }

  /// Everything written, for a sink in memory (what is still buffered, for one that is not).
  public var bytes: [UInt8] { buffer }

  /// Appends one byte.
  @inline(__always)
  public mutating func write(byte: UInt8) {
    buffer.append(byte)
    count += 1
    if buffer.count >= Self.capacity { flushFull() }
  }

  /// Appends a string's UTF-8.
  @inline(__always)
  public mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { write(bytes: $0) }
  }

  /// Appends bytes.
  public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    buffer.append(contentsOf: bytes)
    count += bytes.count
    if buffer.count >= Self.capacity { flushFull() }
  }

  /// Appends a collection of bytes.
  public mutating func write<Bytes: Collection<UInt8>>(bytes: Bytes) {
    buffer.append(contentsOf: bytes)
    count += bytes.count
    if buffer.count >= Self.capacity { flushFull() }
  }

  /// Appends text, as `write(_:)`, so renderers can write `out += "..."`.
  public static func += (sink: inout ByteSink, text: String) { sink.write(text) }

  /// Passes on what is buffered and reports the first failed write, if any.
  public mutating func finish() throws {
    flushFull()
    if let failure { throw failure }
  }

  /// The lower-case hex SHA-256 of everything written, for a hashing sink once finished.
  public func sha256() -> String? {
    digest.map { Fingerprint.hex(Array($0.finalize())) }
  }

  /// Writes the buffer out, unless the sink is in memory.
  private mutating func flushFull() {
    guard case .descriptor(let descriptor, let name) = destination else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil else { return }
    digest?.update(data: buffer)
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = Diagnostic.error("cannot write \(name): \(String(cString: strerror(errno)))")
          return
        }
        offset += written
      }
    }
  }
}
