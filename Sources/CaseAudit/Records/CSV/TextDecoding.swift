/// Decodes an export's bytes: UTF-8 with or without a byte-order mark, else Windows-1252.
///
/// Exports from older case-management systems are often Windows-1252 ("Zoë" as one byte); a
/// file that is not valid UTF-8 is read that way and the caller is told so.
public enum TextDecoding: String, Sendable {
  case utf8 = "UTF-8"
  case utf8WithBOM = "UTF-8 with BOM"
  case windows1252 = "Windows-1252"

  /// The text of the bytes and how they were read.
  public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextDecoding) {
    var body = bytes[...]
    var encoding = TextDecoding.utf8
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      body = bytes.dropFirst(3)
      encoding = .utf8WithBOM
    }
    if let text = String(validating: body, as: UTF8.self) { return (text, encoding) }
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(bytes.count)
    for byte in bytes {
      scalars.append(windows1252Scalar(byte))
    }
    return (String(scalars), .windows1252)
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
