import Testing

@testable import CaseAudit

/// The radix sort that orders packed day-and-rank keys must agree with the standard library's
/// comparison sort on any keys: bytes that vary and bytes that are the same in every key, few
/// keys and many, repeats.
@Suite struct RadixSortTests {
  @Test func radixOrderIsTheComparisonSortsOrder() {
    var generator = SortGenerator(state: 3)
    for round in 0..<60 {
      let count = Int.random(in: 0...2_000, using: &generator)
      // Some rounds vary every byte; others only a few, as packed days and ranks do.
      let mask: UInt64 =
        round % 3 == 0 ? .max : UInt64.random(in: 0...UInt64.max, using: &generator)
      let base = UInt64.random(in: 0...UInt64.max, using: &generator)
      let keys = (0..<count).map { _ -> UInt64 in
        base ^ (UInt64.random(in: 0...UInt64.max, using: &generator) & mask)
      }
      let repeated = keys + keys.prefix(count / 4)
      #expect(RadixSort.sorted(repeated) == repeated.sorted())
    }
  }
}

/// A seeded generator, so a failing case comes back on every run.
private struct SortGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
