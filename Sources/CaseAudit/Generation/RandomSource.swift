/// A small deterministic random generator (SplitMix64) with the draws the generator needs.
///
/// Our own, so a seed gives the same export on every machine and Swift version.
public struct RandomSource: Sendable {
  private var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// A generator for one item of a run: independent of every other item's, so items can be
  /// generated in any order or in parallel with the same result.
  public init(seed: UInt64, stream: UInt64) {
    var mixer = RandomSource(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
    state = mixer.next()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform number in [0, 1).
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// A uniform integer in a closed range.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound + 1)
    return range.lowerBound + Int(next() % span)
  }

  /// An index drawn with the given (not necessarily normalised) weights.
  public mutating func weighted(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    var target = unit() * total
    for (index, weight) in weights.enumerated() {
      if target < weight { return index }
      target -= weight
    }
    return weights.count - 1
  }

  /// One of the keys of a weighted table.
  public mutating func pick<T>(_ table: [(T, Double)]) -> T {
    table[weighted(table.map(\.1))].0
  }

  /// A uniform day in a closed range of days.
  public mutating func day(from start: Day, to end: Day) -> Day {
    guard end > start else { return start }
    return Day(number: int(in: start.number...end.number))
  }
}
