/// A CSV file read into rows of text, each knowing where it came from.
public struct CSVTable: Sendable {
  /// One record of the file.
  public struct Row: Sendable {
    /// The record's number: the header is row 1, the first record row 2.
    public var number: Int
    /// The line of the file the record starts on (differs from `number` after quoted newlines).
    public var line: Int
    /// The fields, as text.
    public var fields: [String]
  }

  /// The path as the user named it.
  public var path: String
  /// The header's column names, trimmed.
  public var header: [String]
  /// The records with as many fields as the header; ragged ones are reported, not kept.
  public var rows: [Row]
  /// How the bytes were decoded.
  public var encoding: TextDecoding
  /// Records left out because they were malformed.
  public var rejectedRows: Int

  /// The location of a field: `path:row:column`.
  public func location(row: Int, column: Int) -> SourceLocation {
    SourceLocation(file: path, line: row, column: column)
  }
}
