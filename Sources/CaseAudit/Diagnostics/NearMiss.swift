/// Suggests the name the user probably meant, for "did you mean" hints.
public enum NearMiss {
  /// The candidate closest to `name` by edit distance, if close enough to be a likely typo.
  public static func suggestion(for name: String, among candidates: [String]) -> String? {
    let limit = max(1, min(3, name.count / 3 + 1))
    var best: (String, Int)?
    for candidate in candidates.sorted() {
      let distance = editDistance(name.lowercased(), candidate.lowercased())
      if distance <= limit, best == nil || distance < best!.1 { best = (candidate, distance) }
    }
    if let best { return best.0 }
    // Names that share their first word (`held_date` and `held_on`) are likely the same thing.
    if let word = name.split(separator: "_").first, name.contains("_") {
      let sharing = candidates.filter { $0.hasPrefix(word + "_") }
      if sharing.count == 1 { return sharing[0] }
    }
    // A name that is the start of exactly one candidate (`held` for `held_on`) is a near miss.
    let extending = candidates.filter { $0.hasPrefix(name) || name.hasPrefix($0) && $0.count > 2 }
    return extending.count == 1 ? extending[0] : nil
  }

  /// The hint text appended to a message: `; did you mean 'x'?`, or nothing.
  public static func hint(for name: String, among candidates: [String]) -> String {
    suggestion(for: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// The hint, or when there is none the list of what is expected: `; expected a, b or c`.
  public static func hint(for name: String, among candidates: [String], expected: String) -> String
  {
    let found = hint(for: name, among: candidates)
    return found.isEmpty ? "; expected \(expected)" : found
  }

  /// Levenshtein distance, with transpositions counted as one edit.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousRow = [Int](repeating: 0, count: b.count + 1)
    var row = Array(0...b.count)
    var beforePrevious = row
    for i in 1...a.count {
      beforePrevious = previousRow
      previousRow = row
      row = [Int](repeating: 0, count: b.count + 1)
      row[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          row[j] = min(row[j], beforePrevious[j - 2] + 1)
        }
      }
    }
    return row[b.count]
  }
}
