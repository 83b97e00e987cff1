import Testing

@testable import CaseAudit

/// A document as HTML: the body after the style sheet, whole, escaped, with shares, `—` for
/// nothing, the contents and a case file.
@Suite struct DocumentHTMLTests {
  @Test func rendersEveryKindOfBlock() throws {
    let html = DocumentHTML(document: DocumentSamples.document).render()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(html.contains("<title>Report &amp; &lt;title&gt;</title>\n<style>\n"))
    let body = try #require(html.components(separatedBy: "</style>\n").last)
    let chart = ChartSVG.render(DocumentSamples.chart)
    let expected = """
      </head>
      <body>
      <header>
      <h1>Report &amp; &lt;title&gt;</h1>
      <dl class="facts">
      <dt>Period</dt><dd>2021-04-01 to 2022-03-31</dd>
      </dl>
      <div class="notices" role="note">
      <p>Redacted: ids are pseudonyms</p>
      </div>
      </header>
      <nav class="toc" aria-label="Contents">
      <h2>Contents</h2>
      <ol>
      <li><a href="#counts">Counts</a><ol>
      <li><a href="#mixed">Mixed</a></li>
      </ol>
      </li>
      <li><a href="#cases">Cases</a></li>
      </ol>
      </nav>
      <main>
      <section id="counts">
      <h2>Counts</h2>
      <p>Counted &lt;once&gt;.</p>
      <div class="block" id="table-reviews_held">
      <p class="caption" id="table-reviews_held-title">Reviews &lt;held&gt;</p>
      <table aria-labelledby="table-reviews_held-title">
      <thead><tr><th scope="col">Outcome</th><th scope="col" class="n">2021</th>\
      <th scope="col" class="n">2022</th></tr></thead>
      <tbody>
      <tr><th scope="row">Within | time</th><td class="n">3 (75.0%)</td><td class="n">0</td></tr>
      <tr><th scope="row">Late</th><td class="n">1 (25.0%)</td><td>—</td></tr>
      <tr class="total"><th scope="row">Total</th><td class="n">4</td><td class="n">0</td></tr>
      </tbody>
      </table>
      <p class="note">Reviews with held_on in the period.</p>
      </div>
      <ul>
      <li>one</li>
      <li>[two]</li>
      </ul>
      <section id="mixed">
      <h3>Mixed</h3>
      <div class="block" id="table-rules">
      <p class="caption" id="table-rules-title">Standards</p>
      <table aria-labelledby="table-rules-title">
      <thead><tr><th scope="col">Standard</th><th scope="col">IRO</th>\
      <th scope="col" class="n">Mean</th><th scope="col" class="n">Rate</th></tr></thead>
      <tbody>
      <tr><th scope="row">=cmd</th><td>&lt;b&gt;Ann&lt;/b&gt;</td><td class="n">2.35</td>\
      <td class="n">50.0%</td></tr>
      </tbody>
      </table>
      </div>
      <figure class="block">\(chart)<figcaption>Escalations</figcaption></figure>
      </section>
      </section>
      <section id="cases">
      <h2>Cases</h2>
      <dl class="facts">
      <dt>Cases</dt><dd>1</dd>
      </dl>
      <div class="plots">
      <figure role="group" aria-label="A plot"><svg></svg><figcaption>Plot</figcaption></figure>
      </div>
      <article class="case" id="case-C1">
      <h3>C1 <span class="grade">good</span></h3>
      <p>Stratum north</p>
      <table><thead><tr><th scope="col">Standard</th><th scope="col">Outcome</th>\
      <th scope="col">Finding</th><th scope="col">Evidence</th></tr></thead><tbody>
      <tr><td><code>reviews</code></td><td class="not_met">not met</td><td>late<br>R1: \
      <span class="not_met">not met</span> — &lt;late&gt;</td><td>held 3</td></tr>
      </tbody></table>
      </article>
      </section>
      </main>
      </body>
      </html>

      """
    #expect(body == expected)
  }

  @Test func aWideTableIsSetSmallerOrOnALandscapePage() {
    func table(columns: Int) -> ReportTable {
      ReportTable(
        id: "wide", title: "Wide", rowHeading: "Row",
        columns: (0..<columns).map { ReportColumn(key: "c\($0)", label: "Children\($0)") },
        rows: [ReportRow(key: "r", label: "R", cells: (0..<columns).map { .count($0) })])
    }
    func layout(_ columns: Int) -> String {
      var out = ""
      DocumentHTMLTable.render(table(columns: columns), into: &out)
      return String(out.prefix { $0 != "\n" })
    }
    #expect(layout(5) == "<div class=\"block\" id=\"table-wide\">")
    #expect(layout(10) == "<div class=\"block small\" id=\"table-wide\">")
    #expect(layout(12) == "<div class=\"block small landscape\" id=\"table-wide\">")
  }
}
