/// Escaping and formatting for the HTML and SVG our code builds (documents, reports, charts).
public enum MarkupText {
  /// Escapes text for element content and attribute values: case data may hold `<script>`.
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
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
