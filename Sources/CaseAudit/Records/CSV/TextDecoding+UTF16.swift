extension TextDecoding {
  /// The UTF-16 form of bytes: told by a byte-order mark, or without one by the zero bytes
  /// ASCII text has in every other position (a header row of column names is ASCII); nil when
  /// the bytes are not UTF-16.
  public static func utf16Form(_ bytes: [UInt8]) -> TextDecoding? {
    if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
    if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
    let pairs = min(bytes.count, 1024) / 2
    guard pairs >= 2 else { return nil }
    var highZero = 0
    var lowZero = 0
    for pair in 0..<pairs {
      let (first, second) = (bytes[2 * pair], bytes[2 * pair + 1])
      if first != 0 && second == 0 { highZero += 1 }
      if first == 0 && second != 0 { lowZero += 1 }
    }
    // Three quarters: a UTF-8 file with a stray NUL byte is far from it.
    if highZero * 4 >= pairs * 3 { return .utf16LE }
    if lowZero * 4 >= pairs * 3 { return .utf16BE }
    return nil
  }

  /// UTF-16 bytes as UTF-8; an odd byte or a lone surrogate gives the offset and no text.
  static func decodeUTF16(_ bytes: [UInt8], _ form: TextDecoding) -> Decoded {
    let bigEndian = form == .utf16BE
    let hasBOM = bytes.starts(with: bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
    var index = hasBOM ? 2 : 0
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count / 2)
    let unit = { (at: Int) -> UInt16 in
      let (a, b) = (UInt16(bytes[at]), UInt16(bytes[at + 1]))
      return bigEndian ? a << 8 | b : b << 8 | a
    }
    let failure = { (offset: Int) in
      Decoded(bytes: [], encoding: form, hasBOM: hasBOM, invalidOffset: offset)
    }
    while index < bytes.count {
      guard index + 1 < bytes.count else { return failure(index) }
      let first = unit(index)
      var scalar = UInt32(first)
      var width = 2
      if (0xD800...0xDBFF).contains(first) {
        guard index + 3 < bytes.count else { return failure(index) }
        let second = unit(index + 2)
        guard (0xDC00...0xDFFF).contains(second) else { return failure(index) }
        scalar = 0x10000 + (UInt32(first - 0xD800) << 10 | UInt32(second - 0xDC00))
        width = 4
      } else if (0xDC00...0xDFFF).contains(first) {
        return failure(index)
      }
      UTF8.encode(Unicode.Scalar(scalar)!) { out.append($0) }
      index += width
    }
    return Decoded(bytes: out, encoding: form, hasBOM: hasBOM)
  }
}
