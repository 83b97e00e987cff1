import Testing

@testable import CaseAudit

/// Mistakes in a rule file that used to go unreported: a repeated id beside other errors, an
/// example period ending before it starts, a key written with no value.
@Suite struct RuleFileDiagnosticsTests {
  /// The repeat is reported even when the rules have errors of their own, and so are those.
  @Test func aDuplicateIdIsReportedBesideTheRulesOwnErrors() {
    let rules = """
      - id: a
        title: A
        expect: held_onn != null
      - id: a
        title: B
        expect: dobb != null
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:3:11: error: unknown name 'held_onn'
          expect: held_onn != null
                  ^
        pack/rules/main.yaml:4:3: error: duplicate rule id 'a' (first defined at \
        pack/rules/main.yaml:1:3)
        - id: a
          ^
        pack/rules/main.yaml:6:11: error: unknown name 'dobb'; did you mean 'dob'?
          expect: dobb != null
                  ^
        """)
  }

  /// The command line refuses a period ending before it starts; an example's period is held
  /// to the same, or everything in it would silently fall outside.
  @Test func anExamplePeriodEndingBeforeItStartsIsAnError() {
    let rules = """
      - id: a
        title: A
        expect: dob != null
        examples:
          - {name: one, outcome: met, period: 2021-04-01..2020-01-01, case: {child: {}}}
          - name: two
            outcome: met
            period: {start: 2021-04-01, end: 2020-01-01}
            case: {child: {dob: 2012-05-05}}
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:5:41: error: period '2021-04-01..2020-01-01' ends before it starts; \
        write START..END, START first
            - {name: one, outcome: met, period: 2021-04-01..2020-01-01, case: {child: {}}}
                                                ^
        pack/rules/main.yaml:8:15: error: period ends (2020-01-01) before it starts (2021-04-01); \
        put the start first
              period: {start: 2021-04-01, end: 2020-01-01}
                      ^
        """)
  }

  /// `when:` with nothing after it would apply the rule to every case without a word.
  @Test func aRuleKeyWithNoValueIsAnError() {
    let rules = """
      - id: a
        title: A
        severity:
        when:
        expect: dob != null
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:3:3: error: 'severity' is empty; give it a value or leave the key out
          severity:
          ^
        pack/rules/main.yaml:4:3: error: 'when' is empty; give it a value or leave the key out
          when:
          ^
        """)
  }
}
