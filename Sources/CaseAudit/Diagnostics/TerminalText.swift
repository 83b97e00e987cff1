/// Text from an export or a pack as a terminal shows it: control characters written as
/// escapes (`\n`, `\u{1B}`), so a value holding a line break cannot forge a diagnostic line
/// and one holding an escape sequence cannot clear the screen or recolour what follows.
public enum TerminalText {
  /// The text with every control character but the tab escaped.
  public static func escape(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isControl(scalar) else {
        out.append(scalar)
        continue
      }
      let escaped: String
      switch scalar {
      case "\n": escaped = "\\n"
      case "\r": escaped = "\\r"
      default: escaped = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
      out.append(contentsOf: escaped.unicodeScalars)
    }
    return String(out)
  }

  /// C0 controls but the tab, DEL, and the C1 controls (0x9B starts a sequence in some
  /// terminals as ESC [ does).
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
  }
}
