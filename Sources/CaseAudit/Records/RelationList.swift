/// For one schema relation, each target row's referring rows in order, all held in one flat
/// array: a census has about a million such lists, and one array each cost an allocation
/// apiece to build (and to free).
public struct RelationList: Sendable {
  /// Where each target row's rows start in `rows`; the last entry is where they all end.
  private let starts: [Int32]
  /// The referring rows, grouped by target row, in order within each group.
  private let rows: [Int32]

  /// The lists of `targets` target rows from each referring row's target (-1 for none).
  init(targets: Int, referencesOf references: [Int32]) {
    // A counting sort: starts[t + 1] counts target t, then the sums make it where t + 1
    // starts; each row is written to its target's next place, so rows stay in order.
    var starts = [Int32](repeating: 0, count: targets + 1)
    var total = 0
    for target in references where target >= 0 {
      starts[Int(target) + 1] += 1
      total += 1
    }
    for target in starts.indices.dropFirst() { starts[target] += starts[target - 1] }
    var next = starts
    rows = references.withUnsafeBufferPointer { references in
      next.withUnsafeMutableBufferPointer { next in
        [Int32](unsafeUninitializedCapacity: total) { buffer, count in
          for (row, target) in references.enumerated() where target >= 0 {
            // Every place below `total` is written once: the counts were of these rows.
            buffer.initializeElement(at: Int(next[Int(target)]), to: Int32(row))
            next[Int(target)] += 1
          }
          count = total
        }
      }
    }
    self.starts = starts
  }

  /// The number of target rows.
  public var count: Int { starts.count - 1 }

  /// The rows referring to a target row, in order (indexed from where they lie in the flat
  /// array, as slices are: iterate or `map` them).
  public subscript(target: Int) -> ArraySlice<Int32> {
    rows[Int(starts[target])..<Int(starts[target + 1])]
  }
}
