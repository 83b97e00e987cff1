/// What an import produced: the records, every diagnostic, and counts per record type.
public struct ImportResult: Sendable {
  /// Counts for one record type.
  public struct TypeCount: Sendable, Hashable {
    /// The schema type.
    public var type: String
    /// The file it was read from.
    public var file: String
    /// Whether the export had the file.
    public var provided: Bool
    /// Records loaded.
    public var loaded: Int
    /// Records excluded for errors (never silently dropped).
    public var excluded: Int
  }

  /// The records that loaded cleanly; rows with errors are left out and counted.
  public var dataset: Dataset
  /// Every diagnostic, in file, row and column order.
  public var diagnostics: [Diagnostic]
  /// Counts per record type, in schema order.
  public var counts: [TypeCount]
  /// Whether the export could not be read at all (its folder, or the case type's file is not
  /// a readable file): there is nothing to score, and commands stop with exit code 1.
  public var unreadable = false

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
