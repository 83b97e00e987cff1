import Testing

@testable import CaseAudit

/// The radix sort that orders packed day-and-rank keys must agree with the standard library's
/// comparison sort on any keys: bytes that vary and bytes that are the same in every key, few
/// keys and many, repeats.
@Suite struct RadixSortTests {
  @Test func radixOrderIsTheComparisonSortsOrder() {
    var generator = SplitMix(state: 3)
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
