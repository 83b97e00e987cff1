import Crypto
import Foundation

/// SHA-256 fingerprints that tie a result to the exact standards and data that produced it.
public enum Fingerprint {
  /// The lower-case hex SHA-256 of bytes.
  public static func sha256(_ bytes: [UInt8]) -> String {
    hex(Array(SHA256.hash(data: bytes)))
  }

  /// Bytes as lower-case hex, two digits each.
  public static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// The fingerprint of a set of named texts, independent of their order and line endings:
  /// each `path NUL text NUL` in path order, with CRLF read as LF and a BOM dropped.
  public static func of(texts: [(path: String, text: String)]) -> String {
    var bytes: [UInt8] = []
    for (path, text) in texts.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
      bytes.append(contentsOf: path.utf8)
      bytes.append(0)
      appendNormalised(text, to: &bytes)
      bytes.append(0)
    }
    return sha256(bytes)
  }

  /// Appends a text's UTF-8 without a leading BOM (a first character that is U+FEFF alone)
  /// and with each CRLF as LF, as Foundation's `replacingOccurrences` makes it. A CR and an
  /// LF are single bytes that no other character's bytes contain, so the text is copied byte
  /// by byte, but for a CRLF before a byte that is not ASCII: Foundation leaves a CRLF before
  /// a combining mark as it is, and such a text goes through Foundation itself.
  static func appendNormalised(_ text: String, to bytes: inout [UInt8]) {
    let skipped = text.first == "\u{FEFF}" ? 3 : 0
    let start = bytes.count
    var copy = text
    let copied = copy.withUTF8 { utf8 in
      var index = skipped
      while index < utf8.count {
        let byte = utf8[index]
        index += 1
        guard byte == UInt8(ascii: "\r") && index < utf8.count && utf8[index] == 0x0A else {
          bytes.append(byte)
          continue
        }
        if index + 1 < utf8.count && utf8[index + 1] >= 0x80 { return false }
      }
      return true
    }
    guard !copied else { return }
    bytes.removeSubrange(start...)
    var normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
    if normalised.hasPrefix("\u{FEFF}") { normalised.removeFirst() }
    bytes.append(contentsOf: normalised.utf8)
  }
}
