import Foundation

/// Distinct texts given as UTF-8 bytes, each numbered in order of first appearance and found
/// again by hashing the bytes, so a column is interned without building a `String` per cell.
///
/// Texts are told apart as Swift's `String` tells them (by canonical equivalence): bytes that
/// are not all ASCII are keyed by their NFC form, and the first spelling seen is the one kept.
/// An interner `byBytes` tells them apart by their bytes alone, each spelling its own text (a
/// chunk's cells, joined later through a canonical interner).
struct ByteInterner {
  /// The key bytes of every distinct text, one after another.
  private var arena: [UInt8] = []
  /// Where each text's key bytes end in `arena` (each starts where the previous ends).
  private var ends: [Int] = []
  /// Each text's hash, to grow the table without reading the bytes again.
  private var hashes: [UInt64] = []
  /// Open addressing: a text's number, or -1 for an empty slot; the count is a power of two.
  private var slots: [Int32]
  /// The first spelling of texts whose key bytes (NFC) differ from it.
  private var spellings: [Int32: String] = [:]
  /// Whether texts are told apart by their bytes alone (no NFC).
  private let byBytes: Bool

  /// An empty interner with room for about `capacity` texts before it grows.
  init(capacity: Int = 0, byBytes: Bool = false) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [Int32](repeating: -1, count: size)
    self.byBytes = byBytes
  }

  /// The number of distinct texts.
  var count: Int { ends.count }

  /// The number of a text already interned, if any.
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    if byBytes || Self.isASCII(bytes) { return find(key: bytes, hash: Self.hash(bytes)).code }
    let key = Self.normalized(bytes)
    return key.withUnsafeBufferPointer { find(key: $0, hash: Self.hash($0)).code }
  }

  /// The number of a text, interning it when it is new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 { insert(bytes).code }

  /// The number of a text, and whether it is new (interned by this call).
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (code: Int32, inserted: Bool) {
    if byBytes || Self.isASCII(bytes) { return intern(key: bytes, spelling: nil) }
    let key = Self.normalized(bytes)
    return key.withUnsafeBufferPointer { key in
      let spelling = key.elementsEqual(bytes) ? nil : String(decoding: bytes, as: UTF8.self)
      return intern(key: key, spelling: spelling)
    }
  }

  /// Calls `body` with the bytes of every text in turn, by number (for an interner `byBytes`,
  /// each text as written).
  func forEachText(_ body: (Int32, UnsafeBufferPointer<UInt8>) -> Void) {
    arena.withUnsafeBufferPointer { arena in
      var start = 0
      for (code, end) in ends.enumerated() {
        body(Int32(code), UnsafeBufferPointer(rebasing: arena[start..<end]))
        start = end
      }
    }
  }

  /// Calls `body` with the bytes of one text (for an interner `byBytes`, as written).
  func withBytes<Result>(
    of code: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let index = Int(code)
    let start = index == 0 ? 0 : ends[index - 1]
    return arena.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]]))
    }
  }

  /// Every text, by number.
  func texts() -> [String] {
    arena.withUnsafeBufferPointer { arena in
      (0..<count).map { code in
        if let spelling = spellings[Int32(code)] { return spelling }
        let start = code == 0 ? 0 : ends[code - 1]
        let bytes = UnsafeBufferPointer(rebasing: arena[start..<ends[code]])
        return String(decoding: bytes, as: UTF8.self)
      }
    }
  }

  private mutating func intern(
    key: UnsafeBufferPointer<UInt8>, spelling: String?
  ) -> (code: Int32, inserted: Bool) {
    let hash = Self.hash(key)
    let (code, slot) = find(key: key, hash: hash)
    if let code { return (code, false) }
    let new = Int32(count)
    arena.append(contentsOf: key)
    ends.append(arena.count)
    hashes.append(hash)
    if let spelling { spellings[new] = spelling }
    slots[slot] = new
    if count * 2 > slots.count { grow() }
    return (new, true)
  }

  /// The text's number, or the empty slot where it would go.
  private func find(key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (code: Int32?, slot: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    return arena.withUnsafeBufferPointer { arena in
      slots.withUnsafeBufferPointer { slots in
        while true {
          let code = slots[slot]
          if code < 0 { return (nil, slot) }
          let index = Int(code)
          if hashes[index] == hash {
            let start = index == 0 ? 0 : ends[index - 1]
            let end = ends[index]
            if end - start == key.count
              && (key.isEmpty
                || memcmp(arena.baseAddress! + start, key.baseAddress!, key.count) == 0)
            {
              return (code, slot)
            }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  private mutating func grow() {
    var bigger = [Int32](repeating: -1, count: slots.count * 2)
    let mask = bigger.count - 1
    for (code, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while bigger[slot] >= 0 { slot = (slot + 1) & mask }
      bigger[slot] = Int32(code)
    }
    slots = bigger
  }

  /// FNV-1a, then mixed so that the low bits, which pick the slot, depend on every byte.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    hash ^= hash >> 29
    hash = hash &* 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }

  /// Whether every byte is ASCII (then the bytes are their own NFC form).
  @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var any: UInt8 = 0
    for byte in bytes { any |= byte }
    return any < 0x80
  }

  /// The NFC form's bytes, by which `String` compares texts.
  private static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    Array(String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
  }
}
