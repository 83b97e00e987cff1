import Foundation
import MemoryPrefetch

/// Distinct texts given as UTF-8 bytes, each numbered in order of first appearance and found
/// again by hashing the bytes, so a column is interned without building a `String` per cell.
///
/// Texts are told apart as Swift's `String` tells them (by canonical equivalence): bytes that
/// are not all ASCII are keyed by their NFC form, and the first spelling seen is the one kept.
/// An interner `byBytes` tells them apart by their bytes alone, each spelling its own text (a
/// chunk's cells, joined later through a canonical interner).
struct ByteInterner {
  /// The key bytes of every distinct text, one after another, then zeros (room for more).
  var arena: [UInt8] = []
  /// Where each text's key bytes end in `arena` (each starts where the previous ends).
  var ends: [Int] = []
  /// Each text's hash, to grow the table without reading the bytes again.
  var hashes: [UInt64] = []
  /// Open addressing: a text's number plus one in the low 32 bits (0 for an empty slot), its
  /// hash's high 32 bits above, so that probing past other texts reads the slots alone; the
  /// count is a power of two.
  var slots: [UInt64]
  /// The first spelling of texts whose key bytes (NFC) differ from it.
  private var spellings: [Int32: String] = [:]
  /// Whether texts are told apart by their bytes alone (no NFC).
  let byBytes: Bool
  /// Whether every text given is numbered anew, without looking for it (see `init`).
  let listing: Bool

  /// An empty interner with room for about `capacity` texts before it grows. A `listing` one
  /// (which tells texts apart by their bytes) numbers every text given anew, as if distinct:
  /// for a chunk's ids, nearly all distinct and told apart again when the chunks are joined,
  /// so that hashing them here would be wasted.
  init(capacity: Int = 0, byBytes: Bool = false, listing: Bool = false) {
    var size = 16
    while !listing && size < capacity * Self.spread { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
    self.byBytes = byBytes || listing
    self.listing = listing
    if listing {
      arena.reserveCapacity(capacity * 16)
      ends.reserveCapacity(capacity)
    }
  }

  /// At most one slot in `spread` holds a text, so that most probes end at their first slot.
  static let spread = 2

  /// The number of distinct texts.
  var count: Int { ends.count }

  /// Whether every text's key bytes are the bytes of its spelling (no text was keyed by an NFC
  /// form that differs from how it was first written), so that the bytes order as the texts.
  var keysAreSpellings: Bool { spellings.isEmpty }

  /// The number of a text already interned, if any; `hash`, when given, is `hash(bytes)`
  /// (computed where the bytes were read, on another thread).
  func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int32? {
    if listing {
      var found: Int32?
      forEachText { code, text in
        if found == nil && text.elementsEqual(bytes) { found = code }
      }
      return found
    }
    if byBytes || Self.isASCII(bytes) {
      return find(key: bytes, hash: hash ?? Self.hash(bytes)).code
    }
    let key = Self.normalized(bytes)
    return key.withUnsafeBufferPointer { find(key: $0, hash: Self.hash($0)).code }
  }

  /// Starts fetching the slots where texts with the hashes in `range` (clamped to the array)
  /// are first looked for, ahead of looking them up. A large table's slots lie far apart in
  /// memory, and each lookup would wait for its own; fetched together, the waits overlap.
  func prefetch(_ hashes: [UInt64], _ range: Range<Int>) {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      for hash in hashes[range.clamped(to: hashes.indices)] {
        memory_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: hash) & mask))
      }
    }
  }

  /// Starts fetching the slots of the texts another interner numbers in `range`, by the hashes
  /// it kept; nothing when it kept none (`listing`).
  func prefetch(textsOf other: ByteInterner, _ range: Range<Int>) {
    if !other.listing { prefetch(other.hashes, range) }
  }

  /// The number of a text, interning it when it is new; `hash`, when given, is `hash(bytes)`.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int32 {
    insert(bytes, hash: hash).code
  }

  /// The number of a text, and whether it is new (interned by this call); `hash`, when given,
  /// is `hash(bytes)`, used when the bytes are their own key (ASCII, or told apart by bytes).
  mutating func insert(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil
  ) -> (code: Int32, inserted: Bool) {
    if listing {
      store(bytes)
      return (Int32(ends.count - 1), true)
    }
    if byBytes || Self.isASCII(bytes) {
      return intern(key: bytes, hash: hash ?? Self.hash(bytes), spelling: nil)
    }
    let key = Self.normalized(bytes)
    return key.withUnsafeBufferPointer { key in
      let spelling = key.elementsEqual(bytes) ? nil : String(decoding: bytes, as: UTF8.self)
      return intern(key: key, hash: Self.hash(key), spelling: spelling)
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

  /// Whether the text with a number has exactly these bytes (its key bytes, for an interner
  /// that is not `byBytes`), so that the bytes' number is that one.
  @inline(__always)
  func has(_ code: Int32, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let index = Int(code)
    let start = index == 0 ? 0 : ends[index - 1]
    guard ends[index] - start == bytes.count else { return false }
    guard !bytes.isEmpty, let base = bytes.baseAddress else { return true }
    return arena.withUnsafeBufferPointer {
      Self.sameBytes($0.baseAddress! + start, base, count: bytes.count)
    }
  }

  /// Every text, by number; many are made in blocks on every core (a key column's million
  /// texts are made at the end of its file's import, when the other cores may be idle).
  func texts() -> [String] {
    let block = 1 << 16
    guard count > block else { return texts(0..<count) }
    let parts = ParallelMap.map((count + block - 1) / block) { part in
      texts(part * block..<min(count, (part + 1) * block))
    }
    var all: [String] = []
    all.reserveCapacity(count)
    for part in parts { all.append(contentsOf: part) }
    return all
  }

  /// The texts with numbers in `range`, in order.
  private func texts(_ range: Range<Int>) -> [String] {
    arena.withUnsafeBufferPointer { arena in
      Array(count: range.count) { index in
        let code = range.lowerBound + index
        // Looked up only when there are any: hashing every number costs more than the text.
        if !spellings.isEmpty, let spelling = spellings[Int32(code)] { return spelling }
        let start = code == 0 ? 0 : ends[code - 1]
        let bytes = UnsafeBufferPointer(rebasing: arena[start..<ends[code]])
        return String(decoding: bytes, as: UTF8.self)
      }
    }
  }

  /// The hash of a text's bytes as given (its key's, when they are their key), known for an
  /// interner that is not `listing`; for joining a chunk's texts without hashing them again.
  func hash(of code: Int32) -> UInt64? {
    listing ? nil : hashes[Int(code)]
  }

  private mutating func intern(
    key: UnsafeBufferPointer<UInt8>, hash: UInt64, spelling: String?
  ) -> (code: Int32, inserted: Bool) {
    let (code, slot) = find(key: key, hash: hash)
    if let code { return (code, false) }
    let new = Int32(count)
    store(key)
    hashes.append(hash)
    if let spelling { spellings[new] = spelling }
    slots[slot] = Self.entry(new, hash)
    if count * Self.spread > slots.count { grow() }
    return (new, true)
  }

  /// Copies a new text's bytes after the last text's and marks where they end. The arena is
  /// grown ahead, by zeros, so that a short text is copied in rather than appended through
  /// `append(contentsOf:)`, which costs several times the copy.
  private mutating func store(_ bytes: UnsafeBufferPointer<UInt8>) {
    let start = ends.last ?? 0
    let end = start + bytes.count
    if end > arena.count {
      arena.append(contentsOf: repeatElement(0, count: max(end - arena.count, arena.count, 64)))
    }
    if let source = bytes.baseAddress {
      arena.withUnsafeMutableBufferPointer {
        // Safe: the arena holds at least `end` bytes (grown just above).
        ($0.baseAddress! + start).update(from: source, count: bytes.count)
      }
    }
    ends.append(end)
  }

  /// The high half of a hash, as kept in a slot above the text's number.
  static let tagBits: UInt64 = 0xFFFF_FFFF_0000_0000

  /// A slot holding a text's number and its hash's high half.
  @inline(__always)
  static func entry(_ code: Int32, _ hash: UInt64) -> UInt64 {
    (hash & tagBits) | UInt64(UInt32(code) + 1)
  }

  /// The text's number, or the empty slot where it would go. Only a slot whose hash half
  /// matches sends the probe to the text's bytes.
  private func find(key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (code: Int32?, slot: Int) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    let tag = hash & Self.tagBits
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let entry = slots[slot]
        if entry == 0 { return (nil, slot) }
        if entry & Self.tagBits == tag {
          // The low half is the number plus one (never zero), so subtracting leaves the tag.
          let code = Int32(truncatingIfNeeded: entry &- 1)
          if has(code, bytes: key) { return (code, slot) }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Doubles the slots, placing every text again by its kept hash.
  mutating func grow() {
    var bigger = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = bigger.count - 1
    bigger.withUnsafeMutableBufferPointer { bigger in
      for (code, hash) in hashes.enumerated() {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while bigger[slot] != 0 { slot = (slot + 1) & mask }
        bigger[slot] = Self.entry(Int32(code), hash)
      }
    }
    slots = bigger
  }

  /// The NFC form's bytes, by which `String` compares texts.
  private static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    Array(String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
  }
}
