extension DatasetAssembler {
  /// Each row's place in the byte order of its column's texts (-1 for empty, which sorts
  /// first, as the empty text would): the texts are radix-sorted by their first 16 bytes,
  /// held beside each text's code, and compared in full only where those tie; the rows then
  /// sort on integers. An imported key column's texts are read from its interner's bytes, so
  /// no `String` is opened per text.
  static func textRanks(_ column: Column) -> [Int32] {
    guard case .strings(let codes, let table) = column.storage else {
      return Array(repeating: -1, count: column.count)
    }
    var order: [TextPrefix] = []
    order.reserveCapacity(table.count)
    if let interner = column.keyIndex, interner.count == table.count,
      interner.keysAreSpellings
    {
      interner.forEachText { code, bytes in order.append(TextPrefix(bytes, code: code)) }
    } else {
      for code in table.indices {
        var text = table[code]
        text.withUTF8 { order.append(TextPrefix($0, code: Int32(code))) }
      }
    }
    order = TextPrefix.sorted(order)
    // Texts that share their first 16 bytes (longer ones, or ones ending in NULs) are ordered
    // by all their bytes, each run on its own.
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count && order[end].high == order[start].high
        && order[end].low == order[start].low
      {
        end += 1
      }
      if end - start > 1 {
        order[start..<end].sort { a, b in
          table[Int(a.code)].utf8.lexicographicallyPrecedes(table[Int(b.code)].utf8)
        }
      }
      start = end
    }
    var rankOfCode = [Int32](repeating: 0, count: table.count)
    for (rank, entry) in order.enumerated() { rankOfCode[Int(entry.code)] = Int32(rank) }
    return codes.map { $0 < 0 ? -1 : rankOfCode[Int($0)] }
  }
}

/// A text's first 16 bytes as two big-endian words (zero-padded), which order as the bytes,
/// with the text's code.
struct TextPrefix {
  /// Bytes 0 to 7, the first most significant.
  var high: UInt64 = 0
  /// Bytes 8 to 15.
  var low: UInt64 = 0
  /// The text's code in its column.
  var code: Int32

  /// The prefix of a text's bytes.
  init(_ bytes: UnsafeBufferPointer<UInt8>, code: Int32) {
    self.code = code
    guard let base = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    if bytes.count >= 8 {
      // Safe: the buffer holds at least eight bytes from its start (checked just above).
      high = UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
      offset = 8
      if bytes.count >= 16 {
        low = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        return
      }
    }
    while offset < bytes.count {
      let byte = UInt64(bytes[offset])
      let shift = UInt64(56 - 8 * (offset % 8))
      if offset < 8 { high |= byte << shift } else { low |= byte << shift }
      offset += 1
    }
  }

  /// Prefixes in ascending order of their bytes (ties in any order): a least-significant-first
  /// radix sort with a pass only for the bytes that differ between prefixes (ids share most
  /// of theirs: a letter, zero padding past their end).
  static func sorted(_ prefixes: [TextPrefix]) -> [TextPrefix] {
    guard let first = prefixes.first, prefixes.count > 64 else {
      return prefixes.sorted { a, b in a.high != b.high ? a.high < b.high : a.low < b.low }
    }
    // Digits 0 to 7 are `low`'s bytes, least significant first; 8 to 15 are `high`'s.
    var (lowDiffers, highDiffers): (UInt64, UInt64) = (0, 0)
    for prefix in prefixes {
      lowDiffers |= prefix.low ^ first.low
      highDiffers |= prefix.high ^ first.high
    }
    let digits = (0..<16).filter { digit in
      let differs = digit < 8 ? lowDiffers : highDiffers
      return (differs >> (8 * UInt64(digit % 8))) & 0xFF != 0
    }
    var source = prefixes
    var target = prefixes
    var starts = [Int](repeating: 0, count: 256)
    for digit in digits {
      let shift = 8 * UInt64(digit % 8)
      let inLow = digit < 8
      source.withUnsafeBufferPointer { source in
        target.withUnsafeMutableBufferPointer { target in
          starts.withUnsafeMutableBufferPointer { starts in
            for bucket in 0..<256 { starts[bucket] = 0 }
            for prefix in source {
              let word = inLow ? prefix.low : prefix.high
              starts[Int(truncatingIfNeeded: word >> shift) & 0xFF] += 1
            }
            var start = 0
            for bucket in 0..<256 {
              let count = starts[bucket]
              starts[bucket] = start
              start += count
            }
            for prefix in source {
              let word = inLow ? prefix.low : prefix.high
              let bucket = Int(truncatingIfNeeded: word >> shift) & 0xFF
              target[starts[bucket]] = prefix
              starts[bucket] += 1
            }
          }
        }
      }
      swap(&source, &target)
    }
    return source
  }
}
