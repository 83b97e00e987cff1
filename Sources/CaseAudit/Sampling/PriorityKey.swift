import Crypto
import Foundation

/// A case's sampling priority: it depends only on the seed and the case's id, so anyone can
/// recompute it with `sha256sum` and a sample never depends on row order.
public struct PriorityKey: Sendable, Hashable, Comparable {
  /// The first 8 bytes, big-endian, of SHA-256 of `"<seed>:<case_id>"`.
  public let key: UInt64

  /// The key of a case.
  public init(seed: UInt64, caseID: String) {
    let digest = SHA256.hash(data: Array("\(seed):\(caseID)".utf8))
    var value: UInt64 = 0
    for byte in digest.prefix(8) { value = value << 8 | UInt64(byte) }
    key = value
  }

  /// The key as 16 hex digits, as `sha256sum` prints its first 16.
  public var hex: String {
    let text = String(key, radix: 16)
    return String(repeating: "0", count: 16 - text.count) + text
  }

  /// u = (key + 0.5) / 2^64, uniform in (0, 1).
  public var uniform: Double { (Double(key) + 0.5) / 18_446_744_073_709_551_616.0 }

  /// The Efraimidis–Spirakis priority for a weight: -ln(u) / w (smaller is drawn first); a
  /// weight of zero or less is never drawn.
  public func weighted(by weight: Double) -> Double {
    weight > 0 ? -log(uniform) / weight : .infinity
  }

  /// Orders keys by value.
  public static func < (lhs: PriorityKey, rhs: PriorityKey) -> Bool { lhs.key < rhs.key }
}
