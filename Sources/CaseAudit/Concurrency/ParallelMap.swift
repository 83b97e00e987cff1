import Foundation

/// Work spread over the machine's cores whose results come back in index order, so the output
/// never depends on how many threads ran it.
public enum ParallelMap {
  /// `body(0) ..< body(count)`, computed concurrently, in index order.
  public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.store(body(index), at: index)
    }
    return slots.all()
  }

  /// `body(0) ..< body(count)` in index order, concurrently only when `parallel` (work too
  /// small to be worth waking other threads for, such as a rule example's few records, runs
  /// on the calling thread).
  public static func map<T: Sendable>(
    _ count: Int, parallel: Bool, _ body: @Sendable (Int) -> T
  ) -> [T] {
    parallel ? map(count, body) : (0..<count).map(body)
  }

  /// Results written from parallel workers, each slot once, under a lock.
  private final class Slots<T: Sendable>: @unchecked Sendable {
    private var values: [T?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }

    func all() -> [T] {
      lock.lock()
      defer { lock.unlock() }
      return values.map { $0! }
    }
  }
}
