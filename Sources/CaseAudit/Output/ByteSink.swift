import Crypto
import Foundation

/// Bytes written as they are produced: gathered in a small buffer and passed on to a file
/// descriptor whenever it fills, or kept whole in memory (for tests and small files). Memory
/// stays bounded by the buffer however large the output. A failed write is remembered and the
/// rest dropped, so writers need not check every call; `finish()` reports it.
///
/// The buffer is memory the sink owns outright (it cannot be copied), so a write is a bounds
/// check and a copy, with none of an array's checks for sharing: reports and findings are
/// written a few bytes at a time, millions of times.
public struct ByteSink: ~Copyable, @unchecked Sendable {
  /// Where flushed bytes go.
  private enum Destination {
    case memory
    case descriptor(Int32, name: String)
  }

  /// Bytes kept before they are passed on.
  static let capacity = 1 << 16

  private var base: UnsafeMutablePointer<UInt8>
  private var used = 0
  private var allocated: Int
  /// The buffered count at which bytes are passed on (never, in memory).
  private let limit: Int
  private var flushed = 0
  private let destination: Destination
  private var digest: SHA256?
  private var failure: Diagnostic?

  /// A sink that keeps everything in memory; `bytes` gives it back.
  public init() {
    destination = .memory
    limit = .max
    allocated = Self.capacity
    base = Self.allocate(allocated)
  }

  /// A sink writing to an open file descriptor (it is not closed here); `name` names it in
  /// errors. With `hashing`, the SHA-256 of everything written is kept as it goes.
  public init(descriptor: Int32, name: String, hashing: Bool = false) {
    destination = .descriptor(descriptor, name: name)
    digest = hashing ? SHA256() : nil
    limit = Self.capacity
    allocated = Self.capacity
    base = Self.allocate(allocated)
  }

  deinit { free(base) }

  /// Memory from `malloc`, so that growing it can be `realloc`, which moves a large buffer's
  /// pages rather than copying its bytes.
  private static func allocate(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    guard let memory = malloc(count) else { fatalError("out of memory") }
    return memory.assumingMemoryBound(to: UInt8.self)
  }

  /// Bytes written so far, including those still in the buffer.
  public var count: Int { flushed + used }

  /// Everything written, for a sink in memory (what is still buffered, for one that is not).
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: used)) }

  /// Appends one byte.
  @inline(__always)
  public mutating func write(byte: UInt8) {
    if used == allocated { grow(toFit: 1) }
    base[used] = byte
    used += 1
    if used >= limit { flushFull() }
  }

  /// Appends a string's UTF-8.
  @inline(__always)
  public mutating func write(_ text: String) {
    Self.withUTF8(of: text) { write(bytes: $0) }
  }

  /// Appends bytes.
  @inline(__always)
  public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    if allocated - used < bytes.count {
      if limit != .max && bytes.count >= limit {
        writeThrough(bytes)
        return
      }
      grow(toFit: bytes.count)
    }
    (base + used).update(from: source, count: bytes.count)
    used += bytes.count
    if used >= limit { flushFull() }
  }

  /// Appends a collection of bytes.
  public mutating func write<Bytes: Collection<UInt8>>(bytes: Bytes) {
    let written: Void? = bytes.withContiguousStorageIfAvailable { write(bytes: $0) }
    guard written == nil else { return }
    for byte in bytes { write(byte: byte) }
  }

  /// Appends text, as `write(_:)`, so renderers can write `out += "..."`.
  public static func += (sink: inout ByteSink, text: String) { sink.write(text) }

  /// Appends a string whose bytes are those of a static string (punctuation and keys).
  @inline(__always)
  public mutating func write(literal: StaticString) {
    literal.withUTF8Buffer { write(bytes: $0) }
  }

  /// Makes room for `extra` more bytes: the buffer at least doubles, so a sink in memory grows
  /// in amortised constant time.
  private mutating func grow(toFit extra: Int) {
    let size = max(allocated * 2, used + extra)
    guard let larger = realloc(base, size) else { fatalError("out of memory") }
    base = larger.assumingMemoryBound(to: UInt8.self)
    allocated = size
  }

  /// Bytes at least a buffer long, for a sink that passes them on: what is buffered is passed
  /// on, then the bytes straight from where they are, not copied into the buffer first (a
  /// part of a file made on another core is most of a megabyte).
  private mutating func writeThrough(_ bytes: UnsafeBufferPointer<UInt8>) {
    flushFull()
    flushed += bytes.count
    guard failure == nil else { return }
    pass(UnsafeRawBufferPointer(bytes))
  }

  /// Hands over everything written to a sink in memory, without copying it; the sink is left
  /// empty.
  mutating func takeBytes() -> SinkBytes {
    let taken = SinkBytes(base: base, count: used)
    allocated = 16
    base = Self.allocate(allocated)
    used = 0
    return taken
  }

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
    guard case .descriptor = destination else { return }
    let raw = UnsafeRawBufferPointer(start: base, count: used)
    flushed += used
    used = 0
    guard failure == nil else { return }
    pass(raw)
  }

  /// Hashes bytes and writes them to the descriptor, remembering the first failure.
  private mutating func pass(_ raw: UnsafeRawBufferPointer) {
    guard case .descriptor(let descriptor, let name) = destination else { return }
    digest?.update(bufferPointer: raw)
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
