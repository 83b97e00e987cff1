/// The declared order of a table's rows (or columns): listed keys with labels, the codes of a
/// code field, and where the values nobody listed go.
public struct AxisLayout: Sendable {
  /// One entry of a `rows:` or `columns:` list.
  public enum Entry: Sendable, Hashable {
    /// A key, with its label when the list gives one (`late: Held late`).
    case key(String, label: String?)
    /// `(codes of review.participation)`: the field's codes in the schema's order.
    case codes(CodeList)
    /// `(others)`: the values not listed, here, in the layout's order.
    case others
  }

  /// How values that are not listed are placed.
  public enum Unlisted: Sendable, Hashable {
    /// Each in a row of its own, at `(others)` or after the listed ones.
    case ownRows
    /// Counted in this listed row (`other`).
    case into(String)
  }

  /// How rows of unlisted values are ordered among themselves.
  public enum Order: Sendable, Hashable {
    /// By key (UTF-8 bytes, so the same on every machine).
    case key
    /// By count, largest first, then by key.
    case count
  }

  /// The entries, in order; empty means `(others)` alone.
  public var entries: [Entry]
  /// Where unlisted values go.
  public var unlisted: Unlisted
  /// How rows of unlisted values are ordered.
  public var order: Order
  /// Labels by key, from the pack's labels file (the table's `labels:` vocabulary).
  public var labels: [String: String]

  /// A layout of unlisted values only, ordered as given.
  static func open(order: Order = .key) -> AxisLayout {
    AxisLayout(entries: [], unlisted: .ownRows, order: order, labels: [:])
  }

  /// The keys listed, codes included, in order.
  public var listedKeys: [String] {
    entries.flatMap { entry -> [String] in
      switch entry {
      case .key(let key, _): [key]
      case .codes(let list): list.codes
      case .others: []
      }
    }
  }

  /// The label a reader sees for a key: the list's own, the vocabulary's, then the key made
  /// readable (`no_theme_recorded` → `No theme recorded`).
  public func label(of key: String) -> String {
    for case .key(key, let label?) in entries { return label }
    if let label = labels[key] { return label }
    for case .codes(let list) in entries where list.codes.contains(key) {
      if let label = codeLabels[list.field]?[key] { return label }
    }
    return AxisLayout.readable(key)
  }

  /// Labels of the codes of each `(codes of ...)` entry, by field, from the labels file.
  public var codeLabels: [String: [String: String]] = [:]

  /// A key made readable: underscores become spaces and the first letter a capital.
  public static func readable(_ key: String) -> String {
    let spaced = key.replacingOccurrences(of: "_", with: " ")
    return spaced.prefix(1).uppercased() + spaced.dropFirst()
  }

  /// The keys in the layout's order, given each key's count: listed keys always (zeros kept),
  /// unlisted ones where `(others)` stands or after the listed ones.
  func orderedKeys(counts: [String: Int]) -> [String] {
    let listed = listedKeys
    let listedSet = Set(listed)
    var others = counts.keys.filter { !listedSet.contains($0) }
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    if order == .count {
      others = others.enumerated().sorted { a, b in
        let (ca, cb) = (counts[a.element] ?? 0, counts[b.element] ?? 0)
        return ca != cb ? ca > cb : a.offset < b.offset
      }.map(\.element)
    }
    guard entries.contains(.others) else { return listed + others }
    return entries.flatMap { entry -> [String] in
      switch entry {
      case .key(let key, _): [key]
      case .codes(let list): list.codes
      case .others: others
      }
    }
  }
}
