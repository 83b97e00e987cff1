/// Values from the records (ids, names, messages, evidence, notes) as Markdown text, whole in a
/// table cell and unable to fetch, run or hide anything. Exactly these are escaped: `&`, `<`
/// and `>` become `&amp;`, `&lt;` and `&gt;` (`<script>` shows as text, never runs); `[`, `]`
/// and `` ` `` become `&#91;`, `&#93;` and `&#96;` (no link, image or code span can form, so
/// `![x](http://tracker/p.png)` fetches nothing); `|` and `\` are backslash-escaped (a `|` in a
/// name no longer splits its cell); line breaks become spaces (a note cannot end a table row or
/// start a heading). Other punctuation (`*`, `_`, `#`, `!`) is left as it is: at most it
/// changes emphasis.
public enum MarkdownText {
  /// The escaped text.
  public static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { Self.special.contains($0) }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "[": out += "&#91;"
      case "]": out += "&#93;"
      case "`": out += "&#96;"
      case "|": out += "\\|"
      case "\\": out += "\\\\"
      case "\n" where previousWasCR: continue
      case "\n", "\r": out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static let special: Set<UInt8> = [
    0x26, 0x3C, 0x3E, 0x5B, 0x5D, 0x60, 0x7C, 0x5C, 0x0A, 0x0D,
  ]
}
