import Testing

@testable import CaseAudit

/// `in` and `not in` a literal list of texts, short (compared in turn) and long (looked up in a
/// set), on seeded random lists, against Swift's own `contains`.
@Suite struct TextMembershipTests {
  /// Texts small and large, with the same letter composed and decomposed (equal as texts).
  private static let pool = [
    "a", "b", "PN1", "PN10", "iro_visit", "iro_consultation", "caf\u{E9}", "cafe\u{301}",
    "x y", "an unusually long note type, well over fifteen bytes", "\u{C5}ngstr\u{F6}m",
    "A\u{30A}ngstro\u{308}m",
  ]

  @Test(arguments: 0..<60)
  func membershipAgreesWithSwift(seed: Int) throws {
    var random = SplitMix(state: UInt64(seed))
    let pool = Self.pool
    let count = Int.random(in: 1...(ExpressionCompiler.textsComparedInTurn + 4), using: &random)
    let list = (0..<count).map { _ in pool.randomElement(using: &random)! }
    let name = Bool.random(using: &random) ? nil : pool.randomElement(using: &random)!
    let child = "child: {child_id: C1" + (name.map { ", name: \"\($0)\"" } ?? "") + "}"
    let literal = "[" + list.map { "'\($0)'" }.joined(separator: ", ") + "]"
    let isIn = try Fixture.evaluate("name in \(literal)", case: child)
    let isNotIn = try Fixture.evaluate("name not in \(literal)", case: child)
    guard let name else {
      #expect(isIn == .null)
      #expect(isNotIn == .null)
      return
    }
    #expect(isIn == .bool(list.contains(name)), "\(name) in \(literal)")
    #expect(isNotIn == .bool(!list.contains(name)), "\(name) not in \(literal)")
  }

  /// The composed and decomposed spellings are one text both to a short list and to a long.
  @Test func composedAndDecomposedAreOneText() throws {
    let child = "child: {child_id: C1, name: \"cafe\u{301}\"}"
    let short = "['caf\u{E9}']"
    let others = (0..<ExpressionCompiler.textsComparedInTurn).map { "'t\($0)'" }
    let long = "[" + others.joined(separator: ", ") + ", 'caf\u{E9}']"
    #expect(try Fixture.evaluate("name in \(short)", case: child) == .bool(true))
    #expect(try Fixture.evaluate("name in \(long)", case: child) == .bool(true))
    #expect(try Fixture.evaluate("name not in \(long)", case: child) == .bool(false))
  }
}
