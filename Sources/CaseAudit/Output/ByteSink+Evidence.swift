import Foundation

/// A finding's evidence as a JSON object, as `json(stringsByName:)` writes it, without building
/// an array of pairs per finding: a census writes millions of these objects, each of a few
/// names that come in the rule's order, not the document's.
extension ByteSink {
  /// Evidence as an object of name to value: names in UTF-8 order, the first of names Swift
  /// counts equal kept (as `json(stringsByName:)`).
  public mutating func json(evidence: [EvidenceValue]) {
    let count = evidence.count
    guard count > 1 else {
      write(byte: 0x7B)
      if count == 1 {
        json(evidence[0].name)
        write(byte: 0x3A)
        json(evidence[0].value)
      }
      write(byte: 0x7D)
      return
    }
    // Names all ASCII and all different, the order is that of their bytes, found by sorting
    // their indexes in place; anything else (names Swift may count equal though their bytes
    // differ) is left to the general path.
    let written = withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { order in
      for index in 0..<count {
        guard Self.isASCII(evidence[index].name) else { return false }
        var place = index
        while place > 0 {
          let relation = Self.compareBytes(
            evidence[order[place - 1]].name, evidence[index].name)
          if relation == 0 { return false }
          if relation < 0 { break }
          place -= 1
        }
        var moved = index
        while moved > place {
          order[moved] = order[moved - 1]
          moved -= 1
        }
        order[place] = index
      }
      write(byte: 0x7B)
      for position in 0..<count {
        if position > 0 { write(byte: 0x2C) }
        json(evidence[order[position]].name)
        write(byte: 0x3A)
        json(evidence[order[position]].value)
      }
      write(byte: 0x7D)
      return true
    }
    if !written { json(stringsByName: evidence.map { ($0.name, $0.value) }) }
  }

  /// Whether every byte of the text's UTF-8 is ASCII.
  private static func isASCII(_ text: String) -> Bool {
    withUTF8(of: text) { utf8 in utf8.allSatisfy { $0 < 0x80 } }
  }

  /// The order of two texts by their UTF-8 bytes: negative, zero or positive.
  private static func compareBytes(_ left: String, _ right: String) -> Int {
    withUTF8(of: left) { first in
      withUTF8(of: right) { second in
        let shared = min(first.count, second.count)
        if shared > 0 {
          let order = memcmp(first.baseAddress!, second.baseAddress!, shared)
          if order != 0 { return Int(order) }
        }
        return first.count - second.count
      }
    }
  }
}
