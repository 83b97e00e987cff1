extension ByteInterner {
  /// The bytes eight at a time (the last word padded with zeros, the length mixed in), each
  /// word multiplied in, then mixed so that the low bits, which pick the slot, depend on
  /// every byte. Only the numbering's speed depends on it: texts are numbered in order of
  /// first appearance, whatever their hashes.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return mixed(hash) }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= bytes.count {
      // Safe: the eight bytes from `index` are inside the buffer (checked just above).
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
      hash ^= hash >> 32
      index += 8
    }
    if index < bytes.count {
      var word: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.count {
        word |= UInt64(bytes[index]) << shift
        shift += 8
        index += 1
      }
      hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
      hash ^= hash >> 32
    }
    return mixed(hash)
  }

  /// A final mix of a hash's bits.
  @inline(__always)
  private static func mixed(_ hash: UInt64) -> UInt64 {
    var hash = hash ^ (hash >> 29)
    hash = hash &* 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }

  /// Whether `count` bytes at two places are the same, compared eight, four, two or one at a
  /// time (the last few by overlapping reads, never past either end): for texts as short as
  /// ids, a call to `memcmp` costs more than the comparison.
  @inline(__always)
  static func sameBytes(
    _ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int
  ) -> Bool {
    let (left, right) = (UnsafeRawPointer(left), UnsafeRawPointer(right))
    var index = 0
    while index + 8 <= count {
      guard
        left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          == right.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      else { return false }
      index += 8
    }
    let rest = count - index
    if rest >= 4 {
      return left.loadUnaligned(fromByteOffset: index, as: UInt32.self)
        == right.loadUnaligned(fromByteOffset: index, as: UInt32.self)
        && left.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == right.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    if rest >= 2 {
      return left.loadUnaligned(fromByteOffset: index, as: UInt16.self)
        == right.loadUnaligned(fromByteOffset: index, as: UInt16.self)
        && left.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)
          == right.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)
    }
    return rest == 0 || left.load(fromByteOffset: index, as: UInt8.self)
      == right.load(fromByteOffset: index, as: UInt8.self)
  }

  /// Whether every byte is ASCII (then the bytes are their own NFC form); read eight bytes at
  /// a time.
  @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var words: UInt64 = 0
    var index = 0
    while index + 8 <= bytes.count {
      // Safe: the eight bytes from `index` are inside the buffer (checked just above).
      words |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    var rest: UInt8 = 0
    while index < bytes.count {
      rest |= bytes[index]
      index += 1
    }
    return words & 0x8080_8080_8080_8080 == 0 && rest < 0x80
  }
}
