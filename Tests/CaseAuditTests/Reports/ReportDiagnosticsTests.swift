import Testing

@testable import CaseAudit

/// Report files are checked like rule files: every problem at its line and column.
@Suite struct ReportDiagnosticsTests {
  @Test func everyProblemOfAReportFileIsReportedAtItsPlace() {
    let broken = """
      report: test
      title: Test report
      tables:
        - id: a
          title: A
          note: N
          for_each: reviews as r
          row: r.participation
          rows: [PN1, PN9, PN1, "(codes of review.held_on)", "(whatever)"]
          colour: red
        - id: a
          title: Duplicate
          note: N
          row: "'x'"
        - id: b
          title: B
          note: N
          row: r.held_on
          chart: {kind: pie}
        - id: c
          title: C
          note: N
          for_each: reviews as r
          row: "rule_outcome('on_tme', r)"
          chart: {kind: bars}
        - id: d
          title: D
          note: N
          row: reviews
          dates: years_back(audit.as_at, 3)
          total: yes
      """
    #expect(
      Fixture.diagnostics(ReportTableFixture.load(report: broken)) == """
        pack/reports/test.yaml:9:17: error: 'PN9' is not one of the codes of \
        review.participation; did you mean 'PN0'?
            rows: [PN1, PN9, PN1, "(codes of review.held_on)", "(whatever)"]
                        ^
        pack/reports/test.yaml:9:22: error: 'PN1' is listed twice
            rows: [PN1, PN9, PN1, "(codes of review.held_on)", "(whatever)"]
                             ^
        pack/reports/test.yaml:9:27: error: 'review.held_on' is not a code field
            rows: [PN1, PN9, PN1, "(codes of review.held_on)", "(whatever)"]
                                  ^
        pack/reports/test.yaml:9:56: error: unknown entry '(whatever)'; expected '(others)' or \
        '(codes of type.field)'
            rows: [PN1, PN9, PN1, "(codes of review.held_on)", "(whatever)"]
                                                               ^
        pack/reports/test.yaml:10:5: error: unknown key 'colour' in a table; did you mean 'column'?
            colour: red
            ^
        pack/reports/test.yaml:11:9: error: duplicate table id 'a' (first defined at line 4)
          - id: a
                ^
        pack/reports/test.yaml:18:10: error: unknown name 'r'; did you mean 'reviews'?
            row: r.held_on
                 ^
        pack/reports/test.yaml:19:19: error: chart kind must be bars or lines, not 'pie'
            chart: {kind: pie}
                          ^
        pack/reports/test.yaml:24:24: error: unknown rule 'on_tme'; did you mean 'on_time'?
            row: "rule_outcome('on_tme', r)"
                               ^
        pack/reports/test.yaml:25:12: error: a chart draws a table's columns as its categories, \
        but this table has only its count; give it 'column' or 'dates', or leave the chart out
            chart: {kind: bars}
                   ^
        pack/reports/test.yaml:29:10: error: row must give a key (text, a number, a date or \
        true/false) or a list of keys, but this is a list of review
            row: reviews
                 ^
        pack/reports/test.yaml:30:38: error: dates must end with 'as NAME', as in \
        'years_back(audit.as_at, 7) as d'
            dates: years_back(audit.as_at, 3)
                                             ^
        pack/reports/test.yaml:31:12: error: total must be true or false, not 'yes'
            total: yes
                   ^
        """)
  }
}

extension ReportDiagnosticsTests {
  @Test func badManifestEntriesLabelsAndOutcomeCallsAreErrors() {
    let report = """
      report: test
      title: Test report
      tables:
        - id: t
          title: T
          note: N
          for_each: reviews as r
          row: "rule_outcome('on_time')"
          labels: review.participaton
          unlisted: other
        - id: u
          title: U
          note: N
          row: "rule_outcome('on_time', child)"
          column: child.name
          dates: years_back(2022-03-31, 2) as d
      """
    let labels = """
      review.participation: {PN0: Under 4, PN9: Nine}
      review.colour: {red: Red}
      """
    let rules =
      ReportTableFixture.rules + """

        - id: uses_outcome
          title: U
          expect: rule_outcome('on_time') == 'met'
        """
    var extra = ["reports/test.yaml": report, "labels.yaml": labels]
    extra["reports/other.yaml"] = "report: test\ntitle: Again\ntables: []\n"
    let manifest = ReportTableFixture.manifest.replacingOccurrences(
      of: "reports: [reports/test.yaml]",
      with: "reports: [reports/test.yaml, reports/other.yaml, reports/gone.yaml, ../out.yaml]")
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules, manifest: manifest, extra: extra)) == """
        pack/labels.yaml:1:38: error: 'PN9' is not one of the codes of review.participation; did \
        you mean 'PN0'?
        review.participation: {PN0: Under 4, PN9: Nine}
                                             ^
        pack/labels.yaml:2:1: error: unknown field 'colour' on 'review'
        review.colour: {red: Red}
        ^
        pack/pack.yaml:7:50: error: report file 'reports/gone.yaml' does not exist
        reports: [reports/test.yaml, reports/other.yaml, reports/gone.yaml, ../out.yaml]
                                                         ^
        pack/pack.yaml:7:69: error: report file '../out.yaml' must lie inside the pack's folder \
        'pack' (symlinks resolved)
        reports: [reports/test.yaml, reports/other.yaml, reports/gone.yaml, ../out.yaml]
                                                                            ^
        pack/reports/other.yaml:1:1: error: duplicate report id 'test' (first defined in \
        pack/reports/test.yaml)
        report: test
        ^
        pack/reports/test.yaml:8:11: error: rule 'on_time' scores each review, so 'rule_outcome' \
        takes its id and the review, got 1 argument
            row: "rule_outcome('on_time')"
                  ^
        pack/reports/test.yaml:9:13: error: no vocabulary 'review.participaton' in the pack's \
        labels.yaml; did you mean 'review.participation'?
            labels: review.participaton
                    ^
        pack/reports/test.yaml:10:15: error: unlisted must name a listed row; 'other' is not one
            unlisted: other
                      ^
        pack/reports/test.yaml:14:35: error: argument 2 of 'rule_outcome' must be a review (what \
        rule 'on_time' scores), but this is a child
            row: "rule_outcome('on_time', child)"
                                          ^
        pack/reports/test.yaml:15:13: error: a table with dates for columns takes no 'column'
            column: child.name
                    ^
        pack/rules/main.yaml:10:11: error: 'rule_outcome' reads the outcomes of a scored census: \
        it is available in report tables, not in rules or functions they call
          expect: rule_outcome('on_time') == 'met'
                  ^
        """)
  }
}

extension ReportDiagnosticsTests {
  /// A rule with an error is reported once, at the rule: a table counting by its outcome is not
  /// an error too.
  @Test func aBrokenRuleIsNotReportedAgainWhereATableNamesIt() {
    let report = """
      report: test
      title: Test report
      tables:
        - id: t
          title: T
          note: N
          for_each: reviews as r
          row: rule_outcome('on_time', r)
      """
    let rules = ReportTableFixture.rules.replacingOccurrences(
      of: "expect: r.score > 1", with: "expect: r.scor > 1")
    var extra = ["reports/test.yaml": report]
    extra["labels.yaml"] = nil
    #expect(
      Fixture.diagnostics(
        Fixture.load(rules: rules, manifest: ReportTableFixture.manifest, extra: extra)) == """
          pack/rules/main.yaml:4:13: error: unknown field 'scor' on 'review'; did you mean 'score'?
            expect: r.scor > 1
                      ^
          """)
  }
}

extension ReportDiagnosticsTests {
  /// Date columns are computed once for the whole run, so they may not depend on a case.
  @Test func datesThatReadTheRecordsAreAnError() {
    let report = """
      report: test
      title: Test report
      tables:
        - id: t
          title: T
          note: N
          dates: periods.map(p, p.start) as d
          row: "'x'"
      """
    #expect(
      Fixture.diagnostics(ReportTableFixture.load(report: report)) == """
        pack/reports/test.yaml:7:12: error: dates must not read the records ('period.start'): \
        the columns are the same for every case; use audit.as_at, audit.period or params
            dates: periods.map(p, p.start) as d
                   ^
        """)
  }
}

extension ReportDiagnosticsTests {
  /// A labels file that cannot be read is reported once, not again at every table naming it.
  @Test func anUnreadableLabelsFileIsReportedOnce() {
    let report = """
      report: test
      title: Test report
      tables:
        - id: t
          title: T
          note: N
          row: "'x'"
          labels: review.participation
      """
    let labels = "review.participation: {PN0: Under 4}\nreview.participation: {PN1: One}\n"
    #expect(
      Fixture.diagnostics(ReportTableFixture.load(report: report, labels: labels)) == """
        pack/labels.yaml:2:1: error: duplicate key 'review.participation' (first given at line 1)
        review.participation: {PN1: One}
        ^
        """)
  }

  /// A report file added to reports/ but not to pack.yaml was silently not loaded, so a policy
  /// owner's new table never appeared: it is a warning at the list, as for rule files.
  @Test func anUnlistedReportFileIsAWarning() {
    let report = "report: test\ntitle: Test report\ntables: []\n"
    let result = Fixture.load(
      rules: ReportTableFixture.rules, manifest: ReportTableFixture.manifest,
      extra: ["reports/test.yaml": report, "reports/draft.yaml": report])
    #expect(
      Fixture.diagnostics(result) == """
        pack/pack.yaml:7:10: warning: 'pack/reports/draft.yaml' is not listed under 'reports' \
        and is not loaded
        reports: [reports/test.yaml]
                 ^
        """)
    #expect(result.pack?.reports.map(\.id) == ["test"])
  }
}
