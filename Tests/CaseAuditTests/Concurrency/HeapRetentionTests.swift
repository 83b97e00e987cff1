import Testing

@testable import CaseAudit

/// Blocks larger than a thread's heap may hold (64 MiB) and small ones, allocated on every
/// core, filled, freed and allocated again: with no mappings of their own allowed, the
/// allocator must still serve them (from the one heap).
@Test func heapRetentionKeepsEveryAllocationWorking() {
  #if canImport(Glibc)
    #expect(HeapRetention.keepFreedMemory())
  #else
    #expect(!HeapRetention.keepFreedMemory())
  #endif
  let sizes = [96 << 20, 3 << 20, 40_000, 96 << 20]
  let sums = ParallelMap.map(sizes.count * 2) { index -> Int in
    let size = sizes[index % sizes.count]
    var total = 0
    for round in 0..<2 {
      let block = [UInt8](repeating: UInt8(truncatingIfNeeded: index + round), count: size)
      total += Int(block[size - 1]) + Int(block[size / 2])
    }
    return total
  }
  let expected = (0..<sizes.count * 2).map { index in
    2 * Int(UInt8(truncatingIfNeeded: index)) + 2 * Int(UInt8(truncatingIfNeeded: index + 1))
  }
  #expect(sums == expected)
}
