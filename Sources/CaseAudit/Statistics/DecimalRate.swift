import Foundation

/// A rate as it was written (0.07), in exact decimal arithmetic. A rate is read into a Double,
/// where 0.07 x 100 is 7.000000000000001 and rounding it up gives 8 deviations instead of 7; the
/// shortest decimal that reads back as the same Double is the rate as written (for any rate of
/// up to 15 significant digits), so counts computed from it are exact.
public struct DecimalRate: Sendable, Hashable {
  /// The rate in exact decimal.
  public var value: Decimal

  /// The rate written as `rate` was: its shortest round-trip decimal.
  public init(_ rate: Double) {
    value = Decimal(string: rate.description, locale: Locale(identifier: "en_US_POSIX")) ?? 0
  }

  /// ceil(rate x n), exactly: the deviations a tolerable rate allows in n cases, or the cases a
  /// share of n asks for.
  public func ceilTimes(_ n: Int) -> Int {
    var product = value * Decimal(n)
    var rounded = Decimal()
    NSDecimalRound(&rounded, &product, 0, .up)
    return NSDecimalNumber(decimal: rounded).intValue
  }

  /// The rate as a percentage with no stray digits: 0.07 is "7", 0.125 is "12.5".
  public var percentText: String {
    (value * 100).description
  }
}
