import Testing

@testable import CaseAudit

/// `Value.same`, which `==` and `!=` use, on seeded random pairs of every kind of value,
/// against its definition: numbers by value (whole numbers exactly), anything else by the
/// enum's own equality.
@Suite struct ValueSameTests {
  private static func randomValue(_ random: inout SplitMix) -> Value {
    let texts = [
      "", "a", "PN1", "informal", "caf\u{E9}", "cafe\u{301}", "a text over fifteen bytes",
    ]
    let pick = { (random: inout SplitMix, count: Int) in Int.random(in: 0..<count, using: &random) }
    switch pick(&random, 9) {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &random))
    case 2: return .int(pick(&random, 3) - 1)
    case 3: return .decimal([-1, 0, 0.5, 1][pick(&random, 4)])
    case 4: return .string(texts[pick(&random, texts.count)])
    case 5: return .date(Day(number: 18_000 + pick(&random, 3)))
    case 6: return .record(RecordRef(type: pick(&random, 2), row: pick(&random, 3)))
    case 7: return .list((0..<pick(&random, 3)).map { _ in .int(pick(&random, 2)) })
    default: return .range(nil, Day(number: 18_000 + pick(&random, 2)))
    }
  }

  /// The definition `same` must keep.
  private static func defined(_ lhs: Value, _ rhs: Value) -> Bool {
    if case .int(let a) = lhs, case .int(let b) = rhs { return a == b }
    if let a = lhs.number, let b = rhs.number { return a == b }
    return lhs == rhs
  }

  @Test(arguments: 0..<20)
  func sameAgreesWithItsDefinition(seed: Int) {
    var random = SplitMix(state: UInt64(seed))
    for _ in 0..<500 {
      let lhs = Self.randomValue(&random)
      let rhs = Bool.random(using: &random) ? lhs : Self.randomValue(&random)
      #expect(Value.same(lhs, rhs) == Self.defined(lhs, rhs), "\(lhs) and \(rhs)")
    }
  }
}
