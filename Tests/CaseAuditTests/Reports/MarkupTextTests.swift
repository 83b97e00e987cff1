import Testing

@testable import CaseAudit

/// Escaping of the text case data puts into HTML and SVG: element content and attribute values.
@Suite struct MarkupTextTests {
  @Test func escapesTheFiveCharactersThatEndTextOrAnAttribute() {
    #expect(
      MarkupText.escape(#"<script>alert('x') & "y"</script>"#)
        == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
  }

  /// A quote followed by a combining mark is one character, but the browser still ends the
  /// attribute at the quote: escaping by character let it through.
  @Test func escapesAQuoteOrBracketThatACombiningMarkFollows() {
    let hostile = "a\"\u{301} onmouseover=x '\u{308} <\u{338}b>"
    #expect(
      MarkupText.escape(hostile)
        == "a&quot;\u{301} onmouseover=x &#39;\u{308} &lt;\u{338}b&gt;")
  }

  @Test func leavesOtherTextAsItIs() {
    let text = "Zoë, Łódź — 🧒🏽 review 2022-03-31"
    #expect(MarkupText.escape(text) == text)
    #expect(MarkupText.escape("") == "")
  }

  /// Against an independent escape: each Unicode scalar in turn, on seeded random text drawn
  /// from the five characters, combining marks and other letters.
  @Test func agreesWithAScalarByScalarEscape() {
    let alphabet: [Unicode.Scalar] = [
      "&", "<", ">", "\"", "'", "a", "é", "\u{301}", "\u{338}", "😀",
    ]
    var generator = SplitMix(state: 42)
    for _ in 0..<500 {
      let length = Int.random(in: 0...12, using: &generator)
      var text = String.UnicodeScalarView()
      for _ in 0..<length { text.append(alphabet.randomElement(using: &generator)!) }
      let expected = text.map { scalar -> String in
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        default: String(scalar)
        }
      }.joined()
      #expect(MarkupText.escape(String(text)) == expected)
    }
  }
}
