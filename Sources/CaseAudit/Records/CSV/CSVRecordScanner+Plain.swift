extension CSVRecordScanner {
  /// A plain record's end: where the next record starts, the line it starts on and how many
  /// fields the record has (their spans written to the caller's buffer).
  struct PlainEnd {
    var index: Int
    var line: Int
    var fields: Int
  }

  /// Reads the record starting at `start` when it is plain (no quote, no NUL byte, no field
  /// past the length limit, at most `spans.count` fields), writing its fields' spans into
  /// `spans`; nil when it is not, and `forEachRecord` must read it. A plain record is exactly
  /// what `forEachRecord` makes of it: every field unquoted, nothing to warn of, no scratch.
  @inline(__always)
  func plainRecord(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, line: Int,
    into spans: UnsafeMutableBufferPointer<Span>
  ) -> PlainEnd? {
    let count = buffer.count
    var index = start
    var fields = 0
    while true {
      let fieldStart = index
      while true {
        index = Self.nextCandidate(buffer, from: index)
        if index >= count { break }
        let byte = buffer[index]
        if byte == Self.comma || byte == Self.lf || byte == Self.cr { break }
        if byte == Self.quote || byte == 0 { return nil }
        index += 1
      }
      if fields == spans.count || index - fieldStart > fieldLimit { return nil }
      spans[fields] = Span(start: fieldStart, end: index, inScratch: false)
      fields += 1
      if index >= count { return PlainEnd(index: count, line: line, fields: fields) }
      if buffer[index] == Self.comma {
        index += 1
        if index >= count {
          if fields == spans.count { return nil }
          spans[fields] = Span(start: index, end: index, inScratch: false)
          return PlainEnd(index: count, line: line, fields: fields + 1)
        }
        continue
      }
      let crlf = buffer[index] == Self.cr && index + 1 < count && buffer[index + 1] == Self.lf
      return PlainEnd(index: index + (crlf ? 2 : 1), line: line + 1, fields: fields)
    }
  }

  /// The index of the first byte at or after `start` that is at most a comma (a comma, a
  /// quote, a line break, a NUL byte, or a space and a few other signs), or the buffer's end.
  /// Letters and digits are all above the comma, so most bytes are passed eight at a time.
  @inline(__always)
  static func nextCandidate(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    firstByte(buffer, from: start) { word in
      // A high bit is set in the lowest byte below 0x2D (and maybe in bytes above it, never
      // below): the borrow of the subtraction only moves up. Bytes of 0x80 and more never
      // count (`~word` clears their high bit), nor does a borrow into them mark a lower byte.
      (word &- ones &* 0x2D) & ~word & highs
    } matching: { $0 <= comma }
  }

  /// Eight 0x01 bytes, to spread a byte over a word or subtract one from each byte.
  static let ones: UInt64 = 0x0101_0101_0101_0101
  /// The high bit of each of a word's bytes.
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The first byte from `start` that `matching` accepts, or the buffer's end: whole words are
  /// passed while `marks` sets no high bit in them (it must set one in the lowest matching
  /// byte of a word, and none in a byte below it), the last few bytes one by one.
  @inline(__always)
  static func firstByte(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, marks: (UInt64) -> UInt64,
    matching: (UInt8) -> Bool
  ) -> Int {
    let count = buffer.count
    var index = start
    // A nil base address means an empty buffer; the loop below is then skipped.
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= count {
        // Safe: the eight bytes from `index` are inside the buffer (checked just above).
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let marked = marks(word)
        if marked != 0 { return index + marked.trailingZeroBitCount / 8 }
        index += 8
      }
    }
    while index < count && !matching(buffer[index]) { index += 1 }
    return index
  }
}
