import Foundation
import Testing

@testable import CaseAudit

/// How far ahead of the results taken the producers began, seen from the producers.
private final class Lead: @unchecked Sendable {
  private let lock = NSLock()
  private var taken = 0
  private var largest = 0

  func begin(_ index: Int) {
    lock.lock()
    largest = max(largest, index - taken)
    lock.unlock()
  }

  func took() {
    lock.lock()
    taken += 1
    lock.unlock()
  }

  var furthest: Int {
    lock.lock()
    defer { lock.unlock() }
    return largest
  }
}

/// A noncopyable state, as a sink is.
private struct Written: ~Copyable, Sendable {
  var indexes: [Int] = []
}

@Test(arguments: [1, 2, 5])
func orderedPipelineBeginsNoResultBeyondItsWindow(window: Int) {
  let lead = Lead()
  let count = 200
  let written = OrderedPipeline.run(count, state: Written(), window: window) { index in
    lead.begin(index)
    // A slow taker (a slow reader of the output) is what the window holds back.
    if index % 5 == 0 { usleep(200) }
    return index
  } collect: { state, _, result in
    usleep(100)
    state.indexes.append(result)
    lead.took()
  }
  let indexes = written.indexes
  // The producers' count of results taken lags the pipeline's by the one being collected.
  #expect(indexes == Array(0..<count))
  #expect(lead.furthest <= window)
}
