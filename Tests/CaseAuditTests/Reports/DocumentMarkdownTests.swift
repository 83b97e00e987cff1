import Testing

@testable import CaseAudit

/// A document as Markdown: the whole text, escaped, with shares and the chart's numbers.
@Suite struct DocumentMarkdownTests {
  @Test func rendersEveryKindOfBlock() {
    let expected = """
      # Report &amp; &lt;title&gt;

      - Period: 2021-04-01 to 2022-03-31

      > Redacted: ids are pseudonyms

      ## Counts

      Counted &lt;once&gt;.

      **Reviews &lt;held&gt;**

      | Outcome | 2021 | 2022 |
      |---|---:|---:|
      | Within \\| time | 3 (75.0%) | 0 |
      | Late | 1 (25.0%) | — |
      | **Total** | 4 | 0 |

      Reviews with held_on in the period.

      - one
      - &#91;two&#93;

      ### Mixed

      **Standards**

      | Standard | IRO | Mean | Rate |
      |---|---|---:|---:|
      | =cmd | &lt;b&gt;Ann&lt;/b&gt; | 2.35 | 50.0% |

      **Escalations** (Escalations)

      |  | 2021-22 | 2020-21 |
      |---|---:|---:|
      | Apr | 3 | 2 |
      | May | 5 | — |

      ## Cases

      - Cases: 1

      **Plot**

      A plot

      ### C1

      Stratum north; grade good

      - `reviews`: **not met**: late (held 3)
        - R1: not met: &lt;late&gt;

      """
    #expect(DocumentMarkdown(document: DocumentSamples.document).render() == expected)
  }
}
