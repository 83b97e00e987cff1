import Foundation

/// Turns the Markdown our own renderers write (headings, paragraphs, pipe tables) into HTML,
/// escaping every cell, so a section is written once for both formats.
enum MarkdownTables {
  /// The HTML of Markdown text; empty text gives empty HTML.
  static func html(_ markdown: String) -> String {
    guard !markdown.isEmpty else { return "" }
    var out = "<section>"
    var inTable = false
    var header = true
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let text = String(line)
      if text.hasPrefix("|") {
        let cells = MarkdownText.cells(ofRow: text)
        if cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } }) { continue }
        if !inTable {
          out += "<table>"
          inTable = true
          header = true
        }
        let tag = header ? "th" : "td"
        out += "<tr>" + cells.map { "<\(tag)>\(inline($0))</\(tag)>" }.joined() + "</tr>"
        header = false
        continue
      }
      if inTable {
        out += "</table>"
        inTable = false
      }
      if text.hasPrefix("## ") {
        out += "<h2>\(MarkupText.escape(MarkdownText.unescape(text.dropFirst(3))))</h2>"
      } else if !text.isEmpty {
        out += "<p>\(inline(text))</p>"
      }
    }
    if inTable { out += "</table>" }
    return out + "</section>"
  }

  /// Escapes text for HTML (after undoing its Markdown escapes, so nothing is escaped twice)
  /// and turns `code` spans into <code>.
  private static func inline(_ text: String) -> String {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    return parts.enumerated().map { index, part in
      let plain = MarkupText.escape(MarkdownText.unescape(part))
      return index % 2 == 1 ? "<code>\(plain)</code>" : plain
    }.joined()
  }
}
