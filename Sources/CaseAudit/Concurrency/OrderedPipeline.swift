import Foundation

/// Work done on every core whose results are taken in index order, one at a time, and dropped
/// as soon as they are taken: memory holds only the results made but not yet taken, not all of
/// them, and the outcome never depends on how many threads ran it.
enum OrderedPipeline {
  /// Calls `produce` for `0 ..< count` concurrently, and `collect` with `state` and each result
  /// in index order, never two at once (on whichever thread made the next result in order);
  /// returns the state once every result is collected.
  static func run<T: Sendable, State: Sendable>(
    _ count: Int, state: consuming State, produce: @Sendable (Int) -> T,
    collect: @Sendable (inout State, Int, T) -> Void
  ) -> State {
    // The state is moved in, not copied, so the consumer changes it in place.
    let queue = Queue<T, State>(count: count, state: consume state)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      guard queue.store(produce(index), at: index) else { return }
      // This thread takes results in order until the next one is not made yet; whoever makes
      // it then takes over.
      while let next = queue.next() {
        collect(&queue.state, next.index, next.result)
      }
    }
    return queue.finished()
  }

  /// The results waiting to be taken, and the state only the thread taking them touches.
  private final class Queue<T: Sendable, State: Sendable>: @unchecked Sendable {
    private var waiting: [T?]
    private var taken = 0
    private var taking = false
    private let lock = NSLock()
    /// Changed only by the thread taking results (`taking`), which the lock hands on.
    var state: State

    init(count: Int, state: consuming State) {
      waiting = Array(repeating: nil, count: count)
      self.state = state
    }

    /// Stores a result; true when the caller is to take results (no thread is taking them).
    func store(_ result: T, at index: Int) -> Bool {
      lock.lock()
      defer { lock.unlock() }
      waiting[index] = result
      guard !taking else { return false }
      taking = true
      return true
    }

    /// The next result in order, removed, or nil (and no thread taking) when it is not made yet.
    func next() -> (index: Int, result: T)? {
      lock.lock()
      defer { lock.unlock() }
      guard taken < waiting.count, let result = waiting[taken] else {
        taking = false
        return nil
      }
      waiting[taken] = nil
      taken += 1
      return (taken - 1, result)
    }

    func finished() -> State {
      lock.lock()
      defer { lock.unlock() }
      precondition(taken == waiting.count, "every result taken")
      return state
    }
  }
}
