/// A position in a user's file: 1-based line and column (columns count Unicode scalars).
///
/// For CSV files the line is the row and the column the field number, as the design asks.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The path as the user named it, so messages point where they looked.
  public var file: String
  /// 1-based line (or CSV row).
  public var line: Int
  /// 1-based column (or CSV field number).
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `path:line:column`, the prefix editors and terminals recognise.
  public var description: String { "\(file):\(line):\(column)" }

  /// Orders by file, then line, then column, so reports list problems top to bottom.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
