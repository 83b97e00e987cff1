/// The text of a user's file, kept so diagnostics can quote the offending line.
public struct SourceFile: Sendable {
  /// The path as the user named it.
  public let path: String
  /// The whole text.
  public let text: String
  /// The lines of the text, without their line breaks.
  public let lines: [String]

  /// Creates a source file from its path and text.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
    self.lines = Self.lines(of: text)
  }

  /// The lines of a text, split at LF, CRLF and a lone CR. Line breaks are single bytes of
  /// UTF-8 that no other character's bytes contain, so the text is split by its bytes.
  static func lines(of text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var (start, index) = (0, 0)
      while index < bytes.count {
        let byte = bytes[index]
        guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
          index += 1
          continue
        }
        lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
        let crlf =
          byte == UInt8(ascii: "\r") && index + 1 < bytes.count
          && bytes[index + 1] == UInt8(ascii: "\n")
        index += crlf ? 2 : 1
        start = index
      }
      lines.append(String(decoding: bytes[start...], as: UTF8.self))
      return lines
    }
  }

  /// The text of a 1-based line, or nil past the end.
  public func line(_ number: Int) -> String? {
    number >= 1 && number <= lines.count ? lines[number - 1] : nil
  }

  /// The 1-based line and column of an offset in `Character`s from the text's start, as Yams
  /// reports a reader error; the column counts Unicode scalars, as every location here does.
  public func position(ofCharacterOffset offset: Int) -> (line: Int, column: Int) {
    var (line, column) = (1, 1)
    for character in text.prefix(max(0, offset)) {
      if character == "\n" || character == "\r" || character == "\r\n" {
        (line, column) = (line + 1, 1)
      } else {
        column += character.unicodeScalars.count
      }
    }
    return (line, column)
  }

  /// A location in this file.
  public func location(line: Int, column: Int) -> SourceLocation {
    SourceLocation(file: path, line: line, column: column)
  }

  /// An error at a line and column of this file, quoting the line.
  public func error(_ message: String, line: Int, column: Int) -> Diagnostic {
    diagnostic(.error, message, line: line, column: column)
  }

  /// A diagnostic at a line and column of this file, quoting the line.
  public func diagnostic(
    _ severity: Diagnostic.Severity, _ message: String, line: Int, column: Int
  ) -> Diagnostic {
    Diagnostic(
      severity, message, at: location(line: line, column: column), sourceLine: self.line(line))
  }
}
