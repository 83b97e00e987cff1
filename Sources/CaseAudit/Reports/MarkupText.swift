/// Escaping and formatting for the HTML and SVG our code builds (documents, reports, charts).
public enum MarkupText {
  /// Escapes text for element content and attribute values: case data may hold `<script>`.
  /// Works on UTF-8 bytes, not characters: a quote followed by a combining mark is one
  /// character, which a character comparison would miss, and it would end the attribute.
  public static func escape(_ text: String) -> String {
    let utf8 = text.utf8
    // Most text has nothing to escape, and is returned as it is.
    guard utf8.contains(where: { escaped($0) != nil }) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16)
    for byte in utf8 {
      if let replacement = escaped(byte) {
        out.append(contentsOf: replacement.utf8)
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The entity of a byte that must be escaped; these are ASCII, so never part of another
  /// character's UTF-8 bytes.
  private static func escaped(_ byte: UInt8) -> String? {
    switch byte {
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "<"): "&lt;"
    case UInt8(ascii: ">"): "&gt;"
    case UInt8(ascii: "\""): "&quot;"
    case UInt8(ascii: "'"): "&#39;"
    default: nil
    }
  }

  /// An SVG element: `<name a="v" ...>content</name>`, or self-closed without content.
  /// Attribute values are escaped; content is inserted as given (escape text first).
  public static func element(
    _ name: String, _ attributes: KeyValuePairs<String, String>, _ content: String? = nil
  ) -> String {
    var out = "<" + name
    for (key, value) in attributes { out += " \(key)=\"\(escape(value))\"" }
    guard let content else { return out + "/>" }
    return out + ">" + content + "</\(name)>"
  }

  /// A coordinate with at most one decimal, the same on every machine.
  public static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10)" + (abs(tenths) % 10 == 0 ? "" : ".\(abs(tenths) % 10)")
  }
}
