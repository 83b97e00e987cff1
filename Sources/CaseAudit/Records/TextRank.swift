extension DatasetAssembler {
  /// Each row's place in the byte order of its column's texts (-1 for empty, which sorts
  /// first, as the empty text would): the texts are sorted by their first 16 bytes, held
  /// beside each text's code so the sort reads no other array, and compared in full only where
  /// those tie; the rows then sort on integers.
  static func textRanks(_ column: Column) -> [Int32] {
    guard case .strings(let codes, let table) = column.storage else {
      return Array(repeating: -1, count: column.count)
    }
    let texts = KeyTexts(table: table, index: column.keyIndex)
    var order = texts.prefixes
    texts.sort(&order[...]) { $0 }
    var rankOfCode = [Int32](repeating: 0, count: table.count)
    for (rank, entry) in order.enumerated() { rankOfCode[Int(entry.tag)] = Int32(rank) }
    return codes.map { $0 < 0 ? -1 : rankOfCode[Int($0)] }
  }
}

/// A text column's texts' first bytes, to sort them: read from an imported key column's
/// interner when its bytes are the texts' spellings (no `String` is opened per text), else
/// from the texts.
struct KeyTexts {
  private let table: [String]
  /// Each text's first 16 bytes, by code (tagged with the code).
  let prefixes: [TextPrefix]

  /// The texts of a column's table, with its interner when the import kept one.
  init(table: [String], index: ByteInterner?) {
    self.table = table
    if let index, index.count == table.count, index.keysAreSpellings {
      prefixes = [TextPrefix](unsafeUninitializedCapacity: table.count) { buffer, count in
        // The interner numbers its texts 0 to `count - 1`, each once, in this order.
        index.forEachText { code, bytes in
          buffer.initializeElement(at: Int(code), to: TextPrefix(bytes, tag: code))
        }
        count = table.count
      }
    } else {
      prefixes = [TextPrefix](count: table.count) { code in
        var text = table[code]
        return text.withUTF8 { TextPrefix($0, tag: Int32(code)) }
      }
    }
  }

  /// Sorts prefixes by their texts' bytes: by the prefixes, then each run that ties on them
  /// (texts longer than 16 bytes, or ending in NULs) by all the bytes of the texts whose codes
  /// `code` gives for their tags.
  func sort(_ entries: inout ArraySlice<TextPrefix>, code: (Int32) -> Int32) {
    entries.sort { a, b in a.high != b.high ? a.high < b.high : a.low < b.low }
    var start = entries.startIndex
    while start < entries.endIndex {
      var end = start + 1
      while end < entries.endIndex && entries[end].high == entries[start].high
        && entries[end].low == entries[start].low
      {
        end += 1
      }
      if end - start > 1 {
        entries[start..<end].sort { a, b in
          table[Int(code(a.tag))].utf8.lexicographicallyPrecedes(table[Int(code(b.tag))].utf8)
        }
      }
      start = end
    }
  }
}

/// A text's first 16 bytes as two big-endian words (zero-padded), which order as the bytes,
/// with a tag (the text's code, or the row holding it).
struct TextPrefix {
  /// Bytes 0 to 7, the first most significant.
  var high: UInt64 = 0
  /// Bytes 8 to 15.
  var low: UInt64 = 0
  /// What the prefix stands for.
  var tag: Int32

  /// The same prefix with another tag.
  init(_ prefix: TextPrefix, tag: Int32) {
    (high, low, self.tag) = (prefix.high, prefix.low, tag)
  }

  /// The prefix of a text's bytes.
  init(_ bytes: UnsafeBufferPointer<UInt8>, tag: Int32) {
    self.tag = tag
    guard let base = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    if bytes.count >= 8 {
      // Safe: the buffer holds at least eight bytes from its start (checked just above).
      high = UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
      if bytes.count >= 16 {
        low = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
      } else if bytes.count > 8 {
        // The last eight bytes (within the buffer), of which bytes 8 on are the low end,
        // moved to the top: no loop over the bytes of most keys (9 to 15 bytes long).
        let tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        low = UInt64(bigEndian: tail) << (8 * (16 - bytes.count))
      }
      return
    }
    // Fewer than eight bytes.
    for offset in 0..<bytes.count { high |= UInt64(bytes[offset]) << UInt64(56 - 8 * offset) }
  }
}
