import Foundation

/// A field's codes, found for a cell's bytes by comparing integers: each code of up to sixteen
/// ASCII bytes is kept as two words, and a cell's bytes are read into words once, instead of
/// a call comparing bytes for each code in turn (a placement field has dozens).
struct CodeTable: Sendable {
  /// The number of codes, found or not.
  let count: Int
  /// Each short code's length and bytes, zero-padded to two words, in the codes' order.
  private let short: [(count: Int, low: UInt64, high: UInt64, index: Int)]
  /// Codes longer than sixteen bytes, with their indexes, compared byte by byte.
  private let long: [(bytes: [UInt8], index: Int)]

  /// The table of codes given as bytes (NFC); a code that is not ASCII is never found (its
  /// cells are read the general way, which compares them as `String` does).
  init(_ codes: [[UInt8]]) {
    count = codes.count
    let ascii = codes.enumerated().filter { $0.element.allSatisfy { $0 < 0x80 } }
    short = ascii.filter { $0.element.count <= 16 }.map { index, code in
      code.withUnsafeBufferPointer {
        let (low, high) = Self.words($0)
        return (code.count, low, high, index)
      }
    }
    long = ascii.filter { $0.element.count > 16 }.map { ($0.element, $0.offset) }
  }

  /// The index of the code the bytes spell, if any.
  @inline(__always)
  func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count <= 16 else {
      return long.first { code in
        code.bytes.count == bytes.count
          && code.bytes.withUnsafeBufferPointer {
            memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0
          }
      }?.index
    }
    let (low, high) = Self.words(bytes)
    for code in short where code.low == low && code.high == high && code.count == bytes.count {
      return code.index
    }
    return nil
  }

  /// Up to sixteen bytes as two little-endian words, zero-padded.
  @inline(__always)
  private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for index in 0..<min(bytes.count, 8) { low |= UInt64(bytes[index]) << (8 * index) }
    for index in min(bytes.count, 8)..<bytes.count {
      high |= UInt64(bytes[index]) << (8 * (index - 8))
    }
    return (low, high)
  }
}
