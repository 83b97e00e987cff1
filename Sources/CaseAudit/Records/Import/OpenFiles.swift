import Foundation

/// The files whose chunks are being typed, shared by the threads typing them: each file is
/// dropped (its bytes freed once no thread still reads it) as soon as its last chunk is typed.
final class OpenFiles: @unchecked Sendable {
  private var tables: [TableTyper.PreparedTable?]
  private var chunksLeft: [Int]
  private let lock = NSLock()

  /// The files by type (nil for a file the export lacks).
  init(_ tables: [TableTyper.PreparedTable?]) {
    self.tables = tables
    chunksLeft = tables.map { $0?.chunks.count ?? 0 }
  }

  /// A file that still has chunks to type.
  func table(_ type: Int) -> TableTyper.PreparedTable {
    lock.lock()
    defer { lock.unlock() }
    return tables[type]!
  }

  /// Notes that one more chunk of a file is typed.
  func typed(_ type: Int) {
    lock.lock()
    defer { lock.unlock() }
    chunksLeft[type] -= 1
    if chunksLeft[type] == 0 { tables[type] = nil }
  }
}
