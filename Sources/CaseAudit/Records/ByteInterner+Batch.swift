import Foundation
import MemoryPrefetch

extension ByteInterner {
  /// Numbers texts given one after another (`bytes`, each text ending at its `ends` and
  /// hashed as its `hashes`) as `insert` would, one after another: a new text's number, or
  /// -1 minus the number of the text already there. Nil, with nothing numbered, when a text is
  /// not ASCII in an interner that keys such texts by their NFC form (they go through
  /// `insert`). Room is made once, before, so the loop only probes and copies.
  mutating func insertAll(
    _ bytes: UnsafeBufferPointer<UInt8>, ends textEnds: [Int], hashes textHashes: [UInt64]
  ) -> [Int32]? {
    guard !listing, byBytes || Self.isASCII(bytes) else { return nil }
    let total = textEnds.count
    while (count + total) * Self.spread > slots.count { grow() }
    let used = ends.last ?? 0
    if used + bytes.count > arena.count {
      let more = max(used + bytes.count - arena.count, arena.count, 64)
      arena.append(contentsOf: repeatElement(0, count: more))
    }
    let first = count
    ends.append(contentsOf: repeatElement(0, count: total))
    hashes.append(contentsOf: repeatElement(0, count: total))
    var added = 0
    let numbers = [Int32](unsafeUninitializedCapacity: total) { numbers, initialized in
      arena.withUnsafeMutableBufferPointer { arena in
        ends.withUnsafeMutableBufferPointer { ends in
          hashes.withUnsafeMutableBufferPointer { hashes in
            slots.withUnsafeMutableBufferPointer { slots in
              let mask = slots.count - 1
              var start = 0
              var end = used
              for index in 0..<total {
                // A large table's slots lie far apart: the slot of the text sixteen ahead is
                // fetched now, so that its wait overlaps the work on this one and those
                // between.
                if index + Self.readAhead < total {
                  let next = Int(truncatingIfNeeded: textHashes[index + Self.readAhead])
                  memory_prefetch(slots.baseAddress! + (next & mask))
                }
                let key = UnsafeBufferPointer(rebasing: bytes[start..<textEnds[index]])
                start = textEnds[index]
                let hash = textHashes[index]
                let tag = hash & Self.tagBits
                var slot = Int(truncatingIfNeeded: hash) & mask
                var found: Int32 = -1
                while true {
                  let entry = slots[slot]
                  if entry == 0 { break }
                  if entry & Self.tagBits == tag {
                    let code = Int(truncatingIfNeeded: (entry &- 1) & 0xFFFF_FFFF)
                    let codeStart = code == 0 ? 0 : ends[code - 1]
                    if ends[code] - codeStart == key.count
                      && (key.isEmpty
                        || Self.sameBytes(
                          arena.baseAddress! + codeStart, key.baseAddress!, count: key.count))
                    {
                      found = Int32(code)
                      break
                    }
                  }
                  slot = (slot + 1) & mask
                }
                if found >= 0 {
                  numbers.initializeElement(at: index, to: -1 - found)
                  continue
                }
                let code = first + added
                if let source = key.baseAddress {
                  // Safe: the arena has room for every text given (made above).
                  (arena.baseAddress! + end).update(from: source, count: key.count)
                }
                end += key.count
                ends[code] = end
                hashes[code] = hash
                slots[slot] = Self.entry(Int32(code), hash)
                numbers.initializeElement(at: index, to: Int32(code))
                added += 1
              }
            }
          }
        }
      }
      initialized = total
    }
    ends.removeLast(total - added)
    hashes.removeLast(total - added)
    return numbers
  }

  /// How many texts ahead `insertAll` fetches a slot.
  private static let readAhead = 16

  /// The number here of each text of another interner (which tells texts apart by their
  /// bytes), interning those that are new, in the other's order, as `intern` would one by
  /// one; nil when `insertAll` declines them (then nothing is numbered).
  mutating func numbers(of other: ByteInterner) -> [Int32]? {
    guard !other.listing else { return nil }
    let used = other.ends.last ?? 0
    return other.arena.withUnsafeBufferPointer { arena in
      insertAll(
        UnsafeBufferPointer(rebasing: arena[0..<used]), ends: other.ends, hashes: other.hashes
      )?.map { $0 < 0 ? -1 - $0 : $0 }
    }
  }
}
