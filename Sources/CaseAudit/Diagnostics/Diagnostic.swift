/// One problem the user can fix: bad YAML, an unknown field, a failing example, a bad CSV value.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }

  /// Whether the problem stops the run.
  public var severity: Severity
  /// Lower-case text naming the user's value in single quotes and what was expected.
  public var message: String
  /// Where the problem is; nil only for problems of a whole run (a missing folder).
  public var location: SourceLocation?
  /// The text of the line the location points into, shown with a caret under the column.
  public var sourceLine: String?
  /// A short name for the kind of problem (`invalid date`), for summaries; nil when unclassified.
  public var kind: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ message: String, at location: SourceLocation? = nil,
    sourceLine: String? = nil, kind: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.location = location
    self.sourceLine = sourceLine
    self.kind = kind
  }

  /// Creates an error.
  public static func error(
    _ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil,
    kind: String? = nil
  ) -> Diagnostic {
    Diagnostic(.error, message, at: location, sourceLine: sourceLine, kind: kind)
  }

  /// The full text: `path:line:column: error: message`, the source line, and a caret.
  public var description: String { rendered() }

  /// How many characters of a long source line are shown around the column.
  static let sourceWindow = 200

  /// Renders the diagnostic; the caret line copies the line's tabs so it lines up in any terminal.
  public func rendered() -> String {
    var head = ""
    if let location { head = "\(location): " }
    // The message quotes values from the files: a line break or escape sequence among them
    // would forge a line or drive the terminal.
    head += "\(severity.rawValue): \(TerminalText.escape(message))"
    guard let sourceLine, let column = location?.column else { return head }
    let scalars = Array(sourceLine.unicodeScalars)
    // A line of many kilobytes (minified YAML, a wide CSV row) would bury the message: only
    // the part around the column is shown, each cut marked with an ellipsis.
    let at = min(max(0, column - 1), scalars.count)
    let first = max(0, min(at - Self.sourceWindow / 2, scalars.count - Self.sourceWindow))
    let last = min(scalars.count, first + Self.sourceWindow)
    var pad = first > 0 ? " " : ""
    for index in first..<max(first, column - 1) {
      pad.append(index < scalars.count && scalars[index] == "\t" ? "\t" : " ")
    }
    // A control character in the line (a NUL byte) would reach the terminal as it is: shown
    // as U+FFFD, one column wide like the character it stands for, so the caret stays under it.
    var shown = String.UnicodeScalarView()
    if first > 0 { shown.append("\u{2026}") }
    for scalar in scalars[first..<last] {
      let control = scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F
      shown.append(control ? "\u{FFFD}" : scalar)
    }
    if last < scalars.count { shown.append("\u{2026}") }
    return head + "\n" + String(shown) + "\n" + pad + "^"
  }
}

/// The diagnostics of one run, in the order they were found.
public struct DiagnosticList: Sendable {
  /// Every diagnostic collected so far.
  public private(set) var all: [Diagnostic] = []

  /// Creates an empty list.
  public init() {}

  /// Adds one diagnostic.
  public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

  /// Adds several diagnostics.
  public mutating func append(contentsOf diagnostics: [Diagnostic]) {
    all.append(contentsOf: diagnostics)
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { all.contains { $0.severity == .error } }

  /// Number of errors.
  public var errorCount: Int { all.filter { $0.severity == .error }.count }

  /// The diagnostics sorted by location (file, line, column), those without one first.
  public var sorted: [Diagnostic] {
    all.enumerated().sorted { lhs, rhs in
      switch (lhs.element.location, rhs.element.location) {
      case (let l?, let r?): return l == r ? lhs.offset < rhs.offset : l < r
      case (nil, .some): return true
      case (.some, nil): return false
      case (nil, nil): return lhs.offset < rhs.offset
      }
    }.map(\.element)
  }
}
