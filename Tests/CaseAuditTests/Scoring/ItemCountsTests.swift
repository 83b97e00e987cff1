import Testing

@testable import CaseAudit

/// The item counts a rule keeps as it scores its items give the case's outcome that
/// `Outcome.combining` gives from the list of the items' outcomes.
@Suite struct ItemCountsTests {
  @Test func combinedOutcomeIsTheListsCombination() {
    let all = Outcome.allCases
    var lists: [[Outcome]] = [[]]
    for length in 1...4 {
      var next: [[Outcome]] = []
      for list in lists where list.count == length - 1 {
        for outcome in all { next.append(list + [outcome]) }
      }
      lists += next
    }
    for list in lists {
      var counts = RuleEvaluator.ItemCounts()
      for outcome in list { counts.add(outcome) }
      #expect(counts.combined == Outcome.combining(list), "\(list)")
      #expect(counts.applicable == list.filter { $0 != .notApplicable }.count)
      #expect(counts.notMet == list.filter { $0 == .notMet }.count)
      #expect(counts.insufficient == list.filter { $0 == .insufficientEvidence }.count)
    }
  }
}
