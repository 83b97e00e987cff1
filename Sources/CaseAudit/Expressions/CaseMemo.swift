/// The results of pack functions called with records, for one case: an open-addressed table
/// keyed by a cheap mix of the key's numbers.
///
/// A rule asks for `held_reviews(p)` of the same period many times per case, and a case keeps a
/// few dozen results: hashing each key with the standard library's SipHash cost more than the
/// rest of the lookup, and clearing a dictionary per case walked all of its buckets.
struct CaseMemo: Sendable {
  /// A function instance and the records it was called with.
  struct Key: Hashable, Sendable {
    /// The function instance.
    var function: Int
    /// The first argument.
    var first: RecordRef
    /// The second argument, for functions of two records.
    var second: RecordRef?
  }

  /// A kept result and the bucket that points at it.
  private struct Entry: Sendable {
    var key: Key
    var value: Value
    var bucket: Int
  }

  /// Per bucket, the entry's index, or -1 when empty; a power of two long once anything is
  /// kept (none before, so a frame that calls no function allocates nothing).
  private var buckets: [Int32] = []
  private var entries: [Entry] = []

  /// Whether nothing is kept.
  var isEmpty: Bool { entries.isEmpty }

  /// The number of results kept.
  var count: Int { entries.count }

  /// Forgets every result, keeping the table's size (only the used buckets are cleared).
  mutating func removeAll() {
    for index in entries.indices { buckets[entries[index].bucket] = -1 }
    entries.removeAll(keepingCapacity: true)
  }

  /// The result kept for `key`, if any.
  subscript(key: Key) -> Value? {
    guard !entries.isEmpty else { return nil }
    let mask = buckets.count - 1
    var bucket = Self.hash(key) & mask
    while true {
      let index = Int(buckets[bucket])
      if index < 0 { return nil }
      if entries[index].key == key { return entries[index].value }
      bucket = (bucket + 1) & mask
    }
  }

  /// Keeps `value` as the result for `key`, replacing any kept before.
  mutating func set(_ value: Value, for key: Key) {
    if (entries.count + 1) * 2 > buckets.count { grow() }
    let mask = buckets.count - 1
    var bucket = Self.hash(key) & mask
    while true {
      let index = Int(buckets[bucket])
      if index < 0 { break }
      if entries[index].key == key {
        entries[index].value = value
        return
      }
      bucket = (bucket + 1) & mask
    }
    buckets[bucket] = Int32(entries.count)
    entries.append(Entry(key: key, value: value, bucket: bucket))
  }

  /// Doubles the buckets (or makes the first) and places every entry again.
  private mutating func grow() {
    buckets = Array(repeating: -1, count: max(64, buckets.count * 2))
    let mask = buckets.count - 1
    for index in entries.indices {
      var bucket = Self.hash(entries[index].key) & mask
      while buckets[bucket] >= 0 { bucket = (bucket + 1) & mask }
      buckets[bucket] = Int32(index)
      entries[index].bucket = bucket
    }
  }

  /// A mix of the key's numbers (multiplied by odd constants, as in Fibonacci hashing); the
  /// buckets take bits from its upper half, where every number has reached.
  private static func hash(_ key: Key) -> Int {
    var mixed = UInt64(truncatingIfNeeded: key.function) &* 0x9E37_79B9_7F4A_7C15
    mixed ^= UInt64(UInt32(bitPattern: key.first.row)) &* 0xC2B2_AE3D_27D4_EB4F
    mixed ^= UInt64(UInt32(bitPattern: key.first.type)) &* 0x1656_67B1_9E37_79F9
    if let second = key.second {
      let row = UInt64(UInt32(bitPattern: second.row))
      let type = UInt64(UInt32(bitPattern: second.type))
      mixed ^= (row | type << 32) &* 0x27D4_EB2F_1656_67C5
    }
    mixed = (mixed ^ (mixed >> 29)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> 32)
  }
}
