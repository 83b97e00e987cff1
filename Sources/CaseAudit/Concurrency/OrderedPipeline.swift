import Foundation

/// Work done on every core whose results are taken in index order, one at a time, and dropped
/// as soon as they are taken: memory holds only the results made but not yet taken, not all of
/// them, and the outcome never depends on how many threads ran it.
enum OrderedPipeline {
  /// Calls `produce` for `0 ..< count` concurrently, and `collect` with `state` and each result
  /// in index order, never two at once (on whichever thread made the next result in order);
  /// returns the state once every result is collected.
  ///
  /// With a `window`, no result is begun more than `window` places after the next one to be
  /// taken, so a slow `collect` (a writer whose reader is slow) holds back the producers rather
  /// than letting results pile up in memory. The state may be noncopyable (a sink).
  static func run<T: Sendable, State: Sendable & ~Copyable>(
    _ count: Int, state: consuming State, window: Int = .max, produce: @Sendable (Int) -> T,
    collect: @Sendable (inout State, Int, T) -> Void
  ) -> State {
    precondition(window > 0, "a window holds at least one result")
    // The state is moved in, not copied, so the consumer changes it in place.
    let queue = Queue<T, State>(count: count, window: window, state: state)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      // Indexes are handed out in order, so the one to be taken next is always being made by a
      // thread that does not wait here: waiting never blocks every thread.
      queue.waitForTurn(index)
      guard queue.store(produce(index), at: index) else { return }
      // This thread takes results in order until the next one is not made yet; whoever makes
      // it then takes over.
      while let next = queue.next() {
        queue.collect(next, collect)
      }
    }
    return queue.finished()
  }

  /// The results waiting to be taken, and the state only the thread taking them touches.
  private final class Queue<T: Sendable, State: Sendable & ~Copyable>: @unchecked Sendable {
    private var waiting: [T?]
    private var taken = 0
    private var taking = false
    private let window: Int
    private let condition = NSCondition()
    /// Changed only by the thread taking results (`taking`), which the lock hands on; nil only
    /// once `finished()` has moved it out.
    private var state: State?

    init(count: Int, window: Int, state: consuming State) {
      waiting = Array(repeating: nil, count: count)
      self.window = window
      self.state = consume state
    }

    /// Waits until `index` is within the window of the next result to be taken.
    func waitForTurn(_ index: Int) {
      condition.lock()
      defer { condition.unlock() }
      while index - taken >= window { condition.wait() }
    }

    /// Stores a result; true when the caller is to take results (no thread is taking them).
    func store(_ result: T, at index: Int) -> Bool {
      condition.lock()
      defer { condition.unlock() }
      waiting[index] = result
      guard !taking else { return false }
      taking = true
      return true
    }

    /// The next result in order, removed, or nil (and no thread taking) when it is not made yet.
    func next() -> (index: Int, result: T)? {
      condition.lock()
      defer { condition.unlock() }
      guard taken < waiting.count, let result = waiting[taken] else {
        taking = false
        return nil
      }
      waiting[taken] = nil
      taken += 1
      condition.broadcast()
      return (taken - 1, result)
    }

    /// Gives a taken result to `collect`, by the thread taking results (outside the lock).
    func collect(
      _ next: (index: Int, result: T), _ collect: (inout State, Int, T) -> Void
    ) {
      collect(&state!, next.index, next.result)
    }

    func finished() -> State {
      condition.lock()
      defer { condition.unlock() }
      precondition(taken == waiting.count, "every result taken")
      return state.take()!
    }
  }
}
