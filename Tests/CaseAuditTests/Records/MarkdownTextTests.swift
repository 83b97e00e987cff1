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
    }
  }

  @Test func anImageLinkInANameIsText() {
    let value = "![x](http://tracker/p.png) `a`"
    #expect(MarkdownText.escape(value) == "!&#91;x&#93;(http://tracker/p.png) &#96;a&#96;")
  }
}
