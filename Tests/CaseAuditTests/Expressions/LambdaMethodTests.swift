import Testing

@testable import CaseAudit

/// The list methods that evaluate an expression per item, on seeded random cases, against the
/// same computed in Swift from the scores the case was built with: lists kept whole, emptied,
/// already sorted or not, with unknown keys anywhere.
@Suite struct LambdaMethodTests {
  /// A case of `scores.count` reviews, `R00`, `R01`, ... in record order, with these scores.
  private static func history(_ scores: [Int?]) -> String {
    let reviews = scores.enumerated().map { index, score in
      let id = "R" + (index < 10 ? "0" : "") + "\(index)"
      return "  - {review_id: \(id)" + (score.map { ", score: \($0)" } ?? "") + "}"
    }
    return "child: {child_id: C1}\nreviews:" + (reviews.isEmpty ? " []" : "\n")
      + reviews.joined(separator: "\n")
  }

  private static func ids(_ positions: [Int]) -> Value {
    .list(positions.map { .string("R" + ($0 < 10 ? "0" : "") + "\($0)") })
  }

  private static func id(_ position: Int?) -> Value {
    position.map { ids([$0]).items[0] } ?? .null
  }

  @Test(arguments: 0..<40)
  func lambdaMethodsAgreeWithSwift(seed: Int) throws {
    var random = SplitMix(state: UInt64(seed))
    let count = Int.random(in: 0...8, using: &random)
    let nulls = Bool.random(using: &random)
    let scores: [Int?] = (0..<count).map { _ in
      let unknown = nulls && Int.random(in: 0..<4, using: &random) == 0
      return unknown ? nil : Int.random(in: 0...4, using: &random)
    }
    let positions = Array(scores.indices)
    let known = positions.filter { scores[$0] != nil }
    let history = Self.history(scores)
    func evaluate(_ expression: String) throws -> Value {
      try Fixture.evaluate(expression, case: history)
    }

    #expect(
      try evaluate("reviews.filter(r, r.score > 2).map(r, r.review_id)")
        == Self.ids(known.filter { scores[$0]! > 2 }))
    #expect(
      try evaluate("reviews.filter(r, r.score != null).map(r, r.review_id)") == Self.ids(known))
    #expect(
      try evaluate("reviews.count(r, r.score > 2)")
        == .int(known.filter { scores[$0]! > 2 }.count))
    let sorted = positions.sorted { lhs, rhs in
      switch (scores[lhs], scores[rhs]) {
      case (let a?, let b?): return a != b ? a < b : lhs < rhs
      case (nil, nil): return lhs < rhs
      case (nil, _?): return false
      case (_?, nil): return true
      }
    }
    #expect(try evaluate("reviews.sort_by(r, r.score).map(r, r.review_id)") == Self.ids(sorted))
    let least = known.min { scores[$0]! < scores[$1]! }
    let most = known.reduce(nil as Int?) { best, position in
      guard let best else { return position }
      return scores[position]! > scores[best]! ? position : best
    }
    #expect(try evaluate("reviews.min(r, r.score).review_id") == Self.id(least))
    #expect(try evaluate("reviews.max(r, r.score).review_id") == Self.id(most))
  }
}
