import Foundation

/// The bytes of a sink in memory, handed over whole (`ByteSink.takeBytes()`): a part of a file
/// made on one core and written by another, moved rather than copied into an array first.
///
/// Immutable once made, so it may cross threads; the memory is freed with the last reference.
final class SinkBytes: @unchecked Sendable {
  private let base: UnsafeMutablePointer<UInt8>
  /// The number of bytes.
  let count: Int

  /// Takes ownership of `count` bytes at `base`, memory from `malloc`.
  init(base: UnsafeMutablePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
  }

  deinit { free(base) }

  /// The bytes, for the duration of `body`.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    body(UnsafeBufferPointer(start: base, count: count))
  }
}
