import Foundation

/// Writes files whole or not at all: a reader never sees half a report.
public enum AtomicFile {
  /// Writes text to a temporary file beside `path`, then renames it into place.
  public static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    do {
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw Diagnostic.error("cannot write '\(path)': \(error.localizedDescription)")
    }
  }
}
