import Foundation

/// A one-line progress display on standard error, shown only when it is a terminal, so output
/// piped to a file or CI log stays clean.
final class ProgressLine: @unchecked Sendable {
  private let enabled = isatty(STDERR_FILENO) == 1
  private let lock = NSLock()
  private var done = 0
  private var lastShown = Date.distantPast

  /// Shows a phase (`reading notes.csv`), replacing the previous line.
  func show(_ text: String) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    StandardError.write("\r\u{1B}[2K" + text)
  }

  /// Adds to a count of `total` and shows it at most ten times a second.
  func advance(by count: Int, of total: Int, _ noun: String) {
    guard enabled else { return }
    lock.lock()
    done += count
    let now = Date()
    let due = now.timeIntervalSince(lastShown) > 0.1 || done >= total
    if due { lastShown = now }
    let text = "scoring \(done) of \(total) \(noun)"
    lock.unlock()
    if due { show(text) }
  }

  /// Clears the line.
  func finish() {
    guard enabled else { return }
    StandardError.write("\r\u{1B}[2K")
  }
}
