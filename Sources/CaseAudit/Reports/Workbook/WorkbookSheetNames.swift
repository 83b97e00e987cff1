/// Worksheet names from table ids, as Excel and LibreOffice accept them: at most 31 characters,
/// none of `[ ] : * ? / \`, not starting or ending with `'`, not `History`, and unique ignoring
/// case (a later clash gets `~2`, `~3`, … within the 31).
enum WorkbookSheetNames {
  /// The longest name a sheet may have.
  static let maximumLength = 31
  private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

  /// One name per id, in order.
  static func names(for ids: [String]) -> [String] {
    var taken = Set<String>()
    return ids.map { id in
      var base = String(
        id.map { forbidden.contains($0) || $0.isNewline || $0 == "\t" ? "_" : $0 })
      while base.hasPrefix("'") { base.removeFirst() }
      while base.hasSuffix("'") { base.removeLast() }
      if base.isEmpty { base = "table" }
      if base.lowercased() == "history" { base += "_" }
      var name = String(base.prefix(maximumLength))
      var number = 2
      while taken.contains(name.lowercased()) {
        let suffix = "~\(number)"
        name = String(base.prefix(maximumLength - suffix.count)) + suffix
        number += 1
      }
      taken.insert(name.lowercased())
      return name
    }
  }
}
