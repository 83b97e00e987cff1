/// How many cases to draw from each stratum.
public enum StratumAllocation {
  /// Proportional to stratum size, largest remainders first (ties by stratum name), then each
  /// stratum raised to its minimum (capped at its size), taking the extra from the strata with
  /// the most cases above their own minimum, so the total stays as asked where it can.
  public static func proportional(total: Int, sizes: [(name: String, size: Int)], minimum: Int)
    -> [Int]
  {
    let population = sizes.reduce(0) { $0 + $1.size }
    guard population > 0 else { return sizes.map { _ in 0 } }
    let target = min(total, population)
    let quotas = sizes.map { Double(target) * Double($0.size) / Double(population) }
    var counts = quotas.map { Int($0.rounded(.down)) }
    let order = sizes.indices.sorted { lhs, rhs in
      let (a, b) = (quotas[lhs] - Double(counts[lhs]), quotas[rhs] - Double(counts[rhs]))
      return a != b ? a > b : sizes[lhs].name.utf8.lexicographicallyPrecedes(sizes[rhs].name.utf8)
    }
    var remaining = target - counts.reduce(0, +)
    for index in order where remaining > 0 {
      counts[index] += 1
      remaining -= 1
    }
    return raiseToMinimum(counts, sizes: sizes, minimum: minimum)
  }

  /// The same count for every stratum (capped at its size), the remainder going to strata in name
  /// order, and what a small stratum cannot take going to the others.
  public static func equal(total: Int, sizes: [(name: String, size: Int)], minimum: Int) -> [Int] {
    let population = sizes.reduce(0) { $0 + $1.size }
    var remaining = min(total, population)
    var counts = sizes.map { _ in 0 }
    let byName = sizes.indices.sorted {
      sizes[$0].name.utf8.lexicographicallyPrecedes(sizes[$1].name.utf8)
    }
    while remaining > 0 {
      var progressed = false
      for index in byName where remaining > 0 && counts[index] < sizes[index].size {
        counts[index] += 1
        remaining -= 1
        progressed = true
      }
      if !progressed { break }
    }
    return raiseToMinimum(counts, sizes: sizes, minimum: minimum)
  }

  private static func raiseToMinimum(
    _ counts: [Int], sizes: [(name: String, size: Int)], minimum: Int
  ) -> [Int] {
    var counts = counts
    let floors = sizes.map { min(minimum, $0.size) }
    for index in counts.indices where counts[index] < floors[index] {
      var needed = floors[index] - counts[index]
      counts[index] = floors[index]
      // Take the extra from the stratum with the most cases above its own floor.
      while needed > 0 {
        let donor = counts.indices.filter { counts[$0] > floors[$0] }.max { lhs, rhs in
          let (a, b) = (counts[lhs] - floors[lhs], counts[rhs] - floors[rhs])
          return a != b
            ? a < b : !sizes[lhs].name.utf8.lexicographicallyPrecedes(sizes[rhs].name.utf8)
        }
        guard let donor else { break }
        counts[donor] -= 1
        needed -= 1
      }
    }
    return counts
  }
}
