/// Decodes an export's bytes: UTF-8 with or without a byte-order mark, UTF-16, else
/// Windows-1252.
///
/// Exports from older case-management systems are often Windows-1252 ("Zoë" as one byte); a
/// file that is not valid UTF-8 is read that way and the caller is told so. SQL Server's and
/// Excel's "Unicode" exports are UTF-16: it is read (converted to UTF-8, rows and columns as
/// they are) rather than refused, since converting is exact and re-saving by hand risks a lossy
/// encoding.
public enum TextDecoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf8WithBOM = "UTF-8 with BOM"
  case utf16LE = "UTF-16 (little-endian)"
  case utf16BE = "UTF-16 (big-endian)"
  case windows1252 = "Windows-1252"
  /// UTF-8 with bytes that are not (text pasted from two systems): the UTF-8 kept, the others
  /// read as Windows-1252.
  case utf8AndWindows1252 = "UTF-8 and Windows-1252"

  /// Bytes decoded to UTF-8 (without a BOM).
  public struct Decoded: Sendable {
    /// The text as UTF-8.
    public var bytes: [UInt8]
    /// How the bytes were read.
    public var encoding: TextDecoding
    /// Whether the encoding was told by a byte-order mark (else inferred).
    public var hasBOM: Bool
    /// The byte offset of the first code unit that is not valid UTF-16 (the text is then
    /// empty), or nil.
    public var invalidOffset: Int?
    /// For text that is not all UTF-8, its first byte that is not and the line it is on.
    public var firstNonUTF8: (byte: UInt8, line: Int)?
  }

  /// The bytes as UTF-8 (without a BOM) and how they were read.
  public static func decoded(_ bytes: [UInt8]) -> Decoded {
    if let utf16 = utf16Form(bytes) { return decodeUTF16(bytes, utf16) }
    var body = bytes
    // A byte-order mark says the file was meant as UTF-8: it is dropped, never read as "ï»¿"
    // at the start of the first column's name.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      body = Array(bytes.dropFirst(3))
    }
    guard let invalid = firstInvalidUTF8(body) else {
      return body.count == bytes.count
        ? Decoded(bytes: body, encoding: .utf8, hasBOM: false)
        : Decoded(bytes: body, encoding: .utf8WithBOM, hasBOM: true)
    }
    // Each well-formed UTF-8 sequence is kept and each other byte read as Windows-1252: a
    // file of UTF-8 with one Windows-1252 name keeps its other names ("Zoë", not "ZoÃ«").
    var out: [UInt8] = []
    out.reserveCapacity(body.count + body.count / 8)
    var sawUTF8 = false
    body.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        if byte < 0x80 {
          out.append(byte)
          index += 1
        } else if let length = sequenceLength(buffer, at: index) {
          out.append(contentsOf: buffer[index..<index + length])
          sawUTF8 = true
          index += length
        } else {
          out.append(contentsOf: String(Character(windows1252Scalar(byte))).utf8)
          index += 1
        }
      }
    }
    let line = body[..<invalid].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    var decoded = Decoded(
      bytes: out, encoding: sawUTF8 ? .utf8AndWindows1252 : .windows1252,
      hasBOM: body.count != bytes.count)
    decoded.firstNonUTF8 = (body[invalid], line)
    return decoded
  }

  /// The bytes as UTF-8 (without a BOM) and how they were read.
  public static func utf8Bytes(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: TextDecoding) {
    let decoded = decoded(bytes)
    return (decoded.bytes, decoded.encoding)
  }

  /// The text of the bytes and how they were read.
  public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextDecoding) {
    let (utf8, encoding) = utf8Bytes(bytes)
    return (String(decoding: utf8, as: UTF8.self), encoding)
  }

  /// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool { firstInvalidUTF8(bytes) == nil }

  /// The offset of the first byte that does not begin a well-formed UTF-8 sequence, or nil.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
  }

  /// The offset of the first byte that does not begin a well-formed UTF-8 sequence, or nil.
  private static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    let raw = UnsafeRawBufferPointer(bytes)
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        // Exports are mostly ASCII: runs of it are passed over eight bytes at a time.
        while index + 8 <= count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        continue
      }
      guard let length = sequenceLength(bytes, at: index) else { return index }
      index += length
    }
    return nil
  }

  /// The length of the well-formed UTF-8 sequence of two to four bytes at `index`, or nil.
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch bytes[index] {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    let second = bytes[index + 1]
    guard second >= low && second <= high else { return nil }
    for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }

  /// The character a Windows-1252 byte stands for (0x80-0x9F differ from Latin-1).
  static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
    guard byte >= 0x80, byte <= 0x9F else { return Unicode.Scalar(byte) }
    let table: [UInt32] = [
      0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
      0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    return Unicode.Scalar(table[Int(byte - 0x80)]) ?? "\u{FFFD}"
  }
}
