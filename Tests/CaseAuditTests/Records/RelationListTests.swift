import Testing

@testable import CaseAudit

/// The assembly's flat building blocks against the plain computations they replace: the lists
/// of referring rows against filtering every row per target, and a column put in a new order
/// against reading each row's cell.
@Suite struct RelationListTests {
  @Test func eachTargetsRowsAreTheRowsReferringToItInOrder() {
    var generator = SplitMix(state: 5)
    for round in 0..<60 {
      let targets = Int.random(in: 0...(round < 50 ? 12 : 500), using: &generator)
      let references = (0..<Int.random(in: 0...(round < 50 ? 40 : 3_000), using: &generator))
        .map { _ -> Int32 in
          targets == 0 || Int.random(in: 0..<6, using: &generator) == 0
            ? -1 : Int32.random(in: 0..<Int32(targets), using: &generator)
        }
      let lists = RelationList(targets: targets, referencesOf: references)
      #expect(lists.count == targets)
      for target in 0..<targets {
        let expected = references.indices.filter { references[$0] == target }.map { Int32($0) }
        #expect(Array(lists[target]) == expected)
      }
    }
  }

  @Test func reorderedCellsAreEachRowsCell() {
    var generator = SplitMix(state: 9)
    for _ in 0..<30 {
      let count = Int.random(in: 0...300, using: &generator)
      let kept = Int.random(in: 0...count, using: &generator)
      let order = Array((0..<count).shuffled(using: &generator).prefix(kept))
      let days = (0..<count).map { _ in Int32.random(in: -9...9, using: &generator) }
      let codes = (0..<count).map { _ in Int32.random(in: -1...2, using: &generator) }
      let texts = Column(storage: .strings(codes: codes, table: ["a", "b", "c"]))
      for column in [Column(storage: .dates(days)), texts] {
        #expect(column.reordered(order).values == order.map { column[$0] })
      }
    }
  }
}
