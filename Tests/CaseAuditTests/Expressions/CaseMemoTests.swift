import Testing

@testable import CaseAudit

/// `CaseMemo` keeps and forgets what a dictionary would, through growth and clearing.
@Suite struct CaseMemoTests {
  /// A small deterministic generator (SplitMix64), so a failure can be replayed.
  struct Draws {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  @Test(arguments: [1, 2, 3, 4])
  func keepsWhatADictionaryKeeps(seed: UInt64) {
    var draws = Draws(state: seed)
    var memo = CaseMemo()
    var reference: [CaseMemo.Key: Value] = [:]
    // Few functions and rows, so keys repeat; sometimes many rows, so the table grows.
    for step in 0..<20_000 {
      let rows = step % 5_000 < 2_500 ? 8 : 400
      let second =
        draws.next(3) == 0
        ? nil : RecordRef(type: draws.next(2), row: draws.next(rows))
      let key = CaseMemo.Key(
        function: draws.next(6), first: RecordRef(type: draws.next(3), row: draws.next(rows)),
        second: second)
      switch draws.next(10) {
      case 0 where draws.next(20) == 0:
        memo.removeAll()
        reference.removeAll()
      case 0...3:
        let value: Value = draws.next(4) == 0 ? .null : .list([.int(step), .string("v\(step)")])
        memo.set(value, for: key)
        reference[key] = value
      default:
        #expect(memo[key] == reference[key])
      }
      #expect(memo.isEmpty == reference.isEmpty)
      #expect(memo.count == reference.count)
    }
    for (key, value) in reference { #expect(memo[key] == value) }
  }

  @Test func anEmptyMemoFindsNothing() {
    var memo = CaseMemo()
    let key = CaseMemo.Key(function: 0, first: RecordRef(type: 0, row: 0), second: nil)
    #expect(memo[key] == nil)
    memo.set(.int(1), for: key)
    #expect(memo[key] == .int(1))
    memo.removeAll()
    #expect(memo[key] == nil)
    #expect(memo.isEmpty)
  }
}
