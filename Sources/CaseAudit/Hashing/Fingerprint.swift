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
      var normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
      if normalised.hasPrefix("\u{FEFF}") { normalised.removeFirst() }
      bytes.append(contentsOf: path.utf8)
      bytes.append(0)
      bytes.append(contentsOf: normalised.utf8)
      bytes.append(0)
    }
    return sha256(bytes)
  }
}
