import Testing

@testable import CaseAudit

/// `MarkdownText`: record values inert and whole in Markdown (issue 8, item 15).
@Suite struct MarkdownTextTests {
  @Test func htmlPipesBackslashesAndLineBreaksAreEscaped() {
    let cases = [
      ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
      ("Smith | Jones", "Smith \\| Jones"), ("a & b", "a &amp; b"), ("C:\\x|", "C:\\\\x\\|"),
      ("one\ntwo\r\nthree\rfour", "one two three four"), ("plain", "plain"),
      ("&lt;", "&amp;lt;"),
      ("![x](http://tracker/p.png)", "!&#91;x&#93;(http://tracker/p.png)"),
      ("`code` &#91;", "&#96;code&#96; &amp;#91;"),
    ]
    for (value, escaped) in cases {
      #expect(MarkdownText.escape(value) == escaped)
      let spaced = value.replacingOccurrences(of: "\r\n", with: " ")
        .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
      #expect(MarkdownText.unescape(escaped) == spaced)
    }
  }

  @Test func aRowSplitsOnlyAtUnescapedPipes() {
    let row = "| \(MarkdownText.escape("a|b\\")) | 3 | \(MarkdownText.escape("<x>")) |"
    #expect(MarkdownText.cells(ofRow: row) == ["a\\|b\\\\", "3", "&lt;x&gt;"])
    #expect(MarkdownText.cells(ofRow: "| a |  | c |") == ["a", "", "c"])
  }

  @Test func theHTMLOfEscapedMarkdownIsEscapedOnce() {
    let value = "<b>Ann & Bob</b> | x"
    let markdown = "| who | n |\n|---|---:|\n| \(MarkdownText.escape(value)) | 1 |\n"
    #expect(
      MarkdownTables.html(markdown)
        == "<section><table><tr><th>who</th><th>n</th></tr><tr><td>&lt;b&gt;Ann &amp; Bob"
        + "&lt;/b&gt; | x</td><td>1</td></tr></table></section>")
  }

  @Test func anImageLinkInANameIsTextInTheHTMLOfItsMarkdown() {
    let value = "![x](http://tracker/p.png) `a`"
    let markdown = "| who | n |\n|---|---:|\n| \(MarkdownText.escape(value)) | 1 |\n"
    #expect(
      markdown
        == "| who | n |\n|---|---:|\n| !&#91;x&#93;(http://tracker/p.png) &#96;a&#96; | 1 |\n")
    #expect(
      MarkdownTables.html(markdown)
        == "<section><table><tr><th>who</th><th>n</th></tr><tr><td>![x](http://tracker/p.png)"
        + " `a`</td><td>1</td></tr></table></section>")
  }
}
