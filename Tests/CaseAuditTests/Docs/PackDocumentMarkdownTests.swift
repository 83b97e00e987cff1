import Testing

@testable import CaseAudit

/// The rules document in Markdown shows a pack's text as text: a title, standard, example name
/// or example value holding HTML or a link runs and fetches nothing when the file is viewed.
@Suite struct PackDocumentMarkdownTests {
  private static let rules = """
    - id: probe
      title: "<script>alert(1)</script> [x](javascript:alert(2))"
      standard: "<img src=x onerror=alert(3)> | `code`"
      expect: dob != null
      examples:
        - name: "<b>bold</b>"
          outcome: met
          case: {child: {child_id: "<i>C1</i>|2", dob: 2012-05-05}}
    """

  @Test func packTextIsEscapedEverywhere() throws {
    let pack = try #require(Fixture.load(rules: Self.rules).pack)
    let markdown = PackDocumentWriter.markdown(PackDocument(pack: pack))
    let start = try #require(markdown.range(of: "## Rules"))
    #expect(
      String(markdown[start.lowerBound...]) == """
        ## Rules

        - [`probe`](#probe): &lt;script&gt;alert(1)&lt;/script&gt; &#91;x&#93;(javascript:alert(2))

        ### probe

        **&lt;script&gt;alert(1)&lt;/script&gt; &#91;x&#93;(javascript:alert(2))**

        - Standard: &lt;img src=x onerror=alert(3)&gt; \\| &#96;code&#96;
        - Severity: major
        - Weight: 1

        - Expect: `dob != null`

        #### Examples

        *&lt;b&gt;bold&lt;/b&gt;*: **met**

        child:

        | child_id | dob |
        |---|---|
        | &lt;i&gt;C1&lt;/i&gt;\\|2 | 2012-05-05 |

        """)
  }
}
