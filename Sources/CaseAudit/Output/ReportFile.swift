/// A file of a report folder: its name and its bytes (text as UTF-8, or a workbook).
public struct ReportFile: Sendable, Hashable {
  /// The file's name in the folder (`report.html`, `tables.xlsx`).
  public var name: String
  /// Its contents.
  public var bytes: [UInt8]

  /// A file of bytes.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// A text file, written as UTF-8.
  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// The contents as text (for tests and for files known to be text).
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
