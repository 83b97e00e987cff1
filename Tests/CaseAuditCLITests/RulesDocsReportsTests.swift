import Foundation
import Testing

/// A report of two tables, with a consistency definition and a `|` to escape in Markdown.
private let report = """
  report: annual
  title: Small annual report
  description: Two tables | for the docs.
  consistency:
    day: audit.as_at
    note: Every child, as at the as-at date.
  tables:
    - id: reviews_held
      title: Reviews held
      note: >-
        Held, not cancelled reviews with held_on
        in the period.
      for_each: reviews.filter(r, held(r) and r.held_on in audit.period) as r
      row: "'held'"
    - id: looked_after_on_as_at
      title: Children looked after <on the day>
      note: Children with a period open on the as-at date.
      where: looked_after_on(audit.as_at)
      row: "'looked_after'"

  """

/// What compliance_by_standard counts, as every report's last table says.
private let compliance =
  "Children (cases), not items: every case of the export was scored. A case is applicable when"
  + " the standard applied to it (it was met, not met or had insufficient evidence); a standard"
  + " scored per review or escalation is not met for a case when any of its items is not met,"
  + " else insufficient evidence when any item is, else met."

/// `caseaudit rules docs` lists the pack's reports and what each table counts (issue 10).
@Suite struct RulesDocsReportsTests {
  private func docs(_ format: String) throws -> String {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let pack = try runner.copyOfIROPack()
    try report.write(toFile: pack + "/reports/annual.yaml", atomically: true, encoding: .utf8)
    let output = try runner.run(["rules", "docs", pack, "--format", format])
    #expect(output.status == 0)
    #expect(output.stderr == "")
    return output.stdout
  }

  @Test func markdownListsTheReportsAndTheirTables() throws {
    let text = try docs("md")
    let start = try #require(text.range(of: "\n## Reports\n"))
    #expect(
      String(text[start.lowerBound...]) == """

        ## Reports

        ### Report `annual`: Small annual report

        Two tables \\| for the docs.

        File `reports/annual.yaml`; written by `caseaudit report --report annual`.

        Consistency counts: Every child, as at the as-at date.

        | table | title | what it counts |
        |---|---|---|
        | `reviews_held` | Reviews held | Held, not cancelled reviews with held_on in the period. |
        | `looked_after_on_as_at` | Children looked after &lt;on the day&gt; | Children with a \
        period open on the as-at date. |
        | `compliance_by_standard` | Compliance by standard | \(compliance) |

        """)
  }

  @Test func htmlListsTheReportsAndTheirTables() throws {
    let text = try docs("html")
    let start = try #require(text.range(of: "<h2>Reports</h2>"))
    #expect(
      String(text[start.lowerBound...]) == """
        <h2>Reports</h2>
        <h3>Report <code>annual</code>: Small annual report</h3><p>Two tables | for the \
        docs.</p><p>File <code>reports/annual.yaml</code>; written by <code>caseaudit report \
        --report annual</code>.</p><p>Consistency counts: Every child, as at the as-at \
        date.</p><table><tr><th>table</th><th>title</th><th>what it counts</th></tr><tr><td>\
        <code>reviews_held</code></td><td>Reviews held</td><td>Held, not cancelled reviews \
        with held_on in the period.</td></tr><tr><td><code>looked_after_on_as_at</code></td><td>\
        Children looked after &lt;on the day&gt;</td><td>Children with a period open on the \
        as-at date.</td></tr><tr><td><code>compliance_by_standard</code></td><td>Compliance by \
        standard</td><td>\(compliance.replacingOccurrences(of: "'", with: "&#39;"))</td></tr>\
        </table>
        </body></html>

        """)
  }
}
