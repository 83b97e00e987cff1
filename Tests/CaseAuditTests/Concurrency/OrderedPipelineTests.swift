import Foundation
import Testing

@testable import CaseAudit

/// What a run saw: the indexes and results collected, in the order collected, and whether two
/// collections ever overlapped.
private struct Collected: Sendable {
  var indexes: [Int] = []
  var results: [String] = []
  var overlapped = false
  var active = false
}

@Test func orderedPipelineCollectsEveryResultInIndexOrderOneAtATime() {
  // Some results are made late, so later ones are ready first; they must wait their turn.
  let count = 300
  let collected = OrderedPipeline.run(count, state: Collected()) { index in
    if index % 7 == 0 { usleep(1000) }
    return "result \(index)"
  } collect: { state, index, result in
    if state.active { state.overlapped = true }
    state.active = true
    state.indexes.append(index)
    state.results.append(result)
    state.active = false
  }
  #expect(collected.indexes == Array(0..<count))
  #expect(collected.results == (0..<count).map { "result \($0)" })
  #expect(!collected.overlapped)
}

@Test func orderedPipelineOfNothingReturnsTheStateAsGiven() {
  let collected = OrderedPipeline.run(0, state: [7]) { $0 } collect: { state, _, result in
    state.append(result)
  }
  #expect(collected == [7])
}
