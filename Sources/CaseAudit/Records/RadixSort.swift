/// Unsigned 64-bit keys sorted by their bytes, least significant first (an LSD radix sort): the
/// packed day-and-rank keys that order a type's rows sort in linear time, with a pass only for
/// the bytes that differ between keys (most of a day's high bytes are the same in every key).
enum RadixSort {
  /// The keys in ascending order.
  static func sorted(_ keys: [UInt64]) -> [UInt64] {
    // Below a few hundred keys the counting costs more than comparing.
    guard keys.count > 256 else { return keys.sorted() }
    var counts = [Int](repeating: 0, count: 8 * 256)
    counts.withUnsafeMutableBufferPointer { counts in
      for key in keys {
        for byte in 0..<8 {
          counts[byte << 8 | Int(truncatingIfNeeded: key >> (8 * byte)) & 0xFF] += 1
        }
      }
    }
    var source = keys
    var target = [UInt64](repeating: 0, count: keys.count)
    for byte in 0..<8 {
      let base = byte << 8
      // A byte the same in every key leaves their order as it is.
      let first = Int(truncatingIfNeeded: keys[0] >> (8 * byte)) & 0xFF
      if counts[base + first] == keys.count { continue }
      var starts = [Int](repeating: 0, count: 256)
      var start = 0
      for digit in 0..<256 {
        starts[digit] = start
        start += counts[base + digit]
      }
      source.withUnsafeBufferPointer { source in
        target.withUnsafeMutableBufferPointer { target in
          starts.withUnsafeMutableBufferPointer { starts in
            for key in source {
              let digit = Int(truncatingIfNeeded: key >> (8 * byte)) & 0xFF
              target[starts[digit]] = key
              starts[digit] += 1
            }
          }
        }
      }
      swap(&source, &target)
    }
    return source
  }
}
