import Foundation

/// JSON written straight into a sink, byte for byte as `JSONEncoder` writes it with
/// `.sortedKeys` and `.withoutEscapingSlashes` (CaseAudit's pinned JSON): no spaces, keys
/// ordered by their UTF-8 bytes, only `"`, `\` and control characters escaped. A writer emits
/// an object's keys in that order itself; `jsonObject(_:)` sorts them for it.
extension ByteSink {
  /// The escape for each byte below 0x20 that has a short one.
  private static func shortEscape(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x08: UInt8(ascii: "b")
    case 0x0C: UInt8(ascii: "f")
    case 0x0A: UInt8(ascii: "n")
    case 0x0D: UInt8(ascii: "r")
    case 0x09: UInt8(ascii: "t")
    default: nil
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// A string, quoted and escaped.
  public mutating func json(_ text: String) {
    Self.withUTF8(of: text) { utf8 in
      // Most strings need no escape: found eight bytes at a time, they are written whole.
      guard Self.needsEscape(utf8) else {
        write(byte: 0x22)
        write(bytes: utf8)
        write(byte: 0x22)
        return
      }
      writeEscaped(utf8)
    }
  }

  /// Whether any byte is one JSON escapes: below 0x20, `"` or `\`. Eight at a time: a word has
  /// a byte below 0x20 when subtracting 0x20 from each byte borrows into a clear high bit, and
  /// a byte equal to `"` or `\` when the word xor that byte repeated has a zero byte.
  @inline(__always)
  static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs = ones &* 0x80
    @inline(__always) func below(_ word: UInt64, _ limit: UInt64) -> UInt64 {
      (word &- ones &* limit) & ~word & highs
    }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= utf8.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let found =
        below(word, 0x20) | below(word ^ (ones &* 0x22), 1) | below(word ^ (ones &* 0x5C), 1)
      if found != 0 { return true }
      index += 8
    }
    while index < utf8.count {
      let byte = base[index]
      if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
      index += 1
    }
    return false
  }

  /// A string that holds a byte to escape, quoted and escaped byte by byte.
  private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    write(byte: 0x22)
    var start = 0
    for index in 0..<utf8.count {
      let byte = utf8[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      write(bytes: UnsafeBufferPointer(rebasing: utf8[start..<index]))
      write(byte: 0x5C)
      if byte == 0x22 || byte == 0x5C {
        write(byte: byte)
      } else if let short = Self.shortEscape(byte) {
        write(byte: short)
      } else {
        write(bytes: [UInt8(ascii: "u"), 0x30, 0x30])
        write(byte: Self.hexDigits[Int(byte >> 4)])
        write(byte: Self.hexDigits[Int(byte & 0x0F)])
      }
      start = index + 1
    }
    write(bytes: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
    write(byte: 0x22)
  }

  /// A string, or `null`.
  public mutating func json(_ text: String?) {
    if let text { json(text) } else { write("null") }
  }

  /// A whole number in decimal.
  public mutating func json(_ number: Int) {
    if number >= 0 && number < 10 {
      write(byte: 0x30 + UInt8(number))
    } else {
      write(String(number))
    }
  }

  /// An object's key and its colon, preceded by a comma unless it is the object's first.
  public mutating func json(key: StaticString, first: Bool = false) {
    if !first { write(byte: 0x2C) }
    write(byte: 0x22)
    key.withUTF8Buffer { write(bytes: $0) }
    write(byte: 0x22)
    write(byte: 0x3A)
  }

  /// An object of string values, keyed by name, as `JSONEncoder` writes a `[String: String]`
  /// built keeping the first of names Swift counts equal: keys in UTF-8 order.
  public mutating func json(stringsByName pairs: [(name: String, value: String)]) {
    var kept: [(name: String, value: String)] = []
    kept.reserveCapacity(pairs.count)
    for pair in pairs where !kept.contains(where: { $0.name == pair.name }) {
      kept.append(pair)
    }
    if kept.count > 1 {
      kept.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }
    write(byte: 0x7B)
    for (index, pair) in kept.enumerated() {
      if index > 0 { write(byte: 0x2C) }
      json(pair.name)
      write(byte: 0x3A)
      json(pair.value)
    }
    write(byte: 0x7D)
  }

  /// A small value through `JSONEncoder` itself, with the same options: for the parts of a
  /// document whose size does not grow with the cases.
  public mutating func json(encoding value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    write(bytes: try encoder.encode(value))
  }

  /// An object whose members each write their value; written in the order of their keys.
  public mutating func jsonObject(
    _ members: [(key: String, value: (inout ByteSink) throws -> Void)]
  ) throws {
    write(byte: 0x7B)
    let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    for (index, member) in sorted.enumerated() {
      if index > 0 { write(byte: 0x2C) }
      json(member.key)
      write(byte: 0x3A)
      try member.value(&self)
    }
    write(byte: 0x7D)
  }
}
