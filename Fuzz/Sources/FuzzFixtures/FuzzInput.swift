/// A fuzzer's input: bytes, split the ways the targets need.
public struct FuzzInput: Sendable {
  /// The bytes libFuzzer handed over.
  public let bytes: [UInt8]

  /// Copies libFuzzer's buffer.
  public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
    bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  }

  /// The first byte picks one of `count` choices ('0' the first, '1' the next, so that seeds
  /// stay readable; 0 when empty); the rest is the content.
  public func choice(of count: Int) -> (choice: Int, rest: [UInt8]) {
    guard let first = bytes.first, count > 0 else { return (0, []) }
    return (Int(first &- UInt8(ascii: "0")) % count, Array(bytes.dropFirst()))
  }

  /// The content split at each `separator` line (a line holding only it).
  public static func parts(of bytes: [UInt8], separator: String) -> [[UInt8]] {
    let marker = Array(("\n" + separator + "\n").utf8)
    var parts: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + marker.count <= bytes.count {
      if bytes[index..<index + marker.count].elementsEqual(marker) {
        parts.append(Array(bytes[start...index]))
        index += marker.count
        start = index
      } else {
        index += 1
      }
    }
    parts.append(Array(bytes[start...]))
    return parts
  }
}
