/// A date padded with spaces is read without them, with a warning at its cell: the padding is
/// usually a fixed-width export's, and trimming it silently would hide that.
enum PaddedDate {
  /// The warning for a cell whose text `raw` was read as the date text `read`; nil when the
  /// cell had no padding.
  static func warning(_ raw: String, read: String, at location: SourceLocation) -> Diagnostic? {
    guard raw.utf8.count != read.utf8.count else { return nil }
    return Diagnostic(
      .warning, "the date '\(raw)' is padded with spaces; read as '\(read)'", at: location,
      kind: "padded date")
  }
}
