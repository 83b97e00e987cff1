import Testing

@testable import CaseAudit

/// Full diagnostics for mistakes in pack, schema, function and rule files.
@Suite struct PackLoaderDiagnosticsTests {
  @Test func unknownKeyInARule() {
    let result = Fixture.load(rules: "- id: a\n  title: A\n  expcet: true\n  expect: true\n")
    #expect(
      Fixture.diagnostics(result) == """
        pack/rules/main.yaml:3:3: error: unknown key 'expcet' in a rule; did you mean 'expect'?
          expcet: true
          ^
        """)
    #expect(result.pack == nil)
  }

  @Test func duplicateRuleIds() {
    let rules = """
      - id: a
        title: A
        expect: true
      - id: a
        title: B
        expect: false
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:1:3: warning: rule 'a' has no met or not_met example; each rule \
        needs at least one of each
        - id: a
          ^
        pack/rules/main.yaml:4:3: error: duplicate rule id 'a' (first defined at \
        pack/rules/main.yaml:1:3)
        - id: a
          ^
        """)
  }

  @Test func ruleIdsAreSnakeCase() {
    #expect(
      Fixture.diagnostics(
        Fixture.load(rules: "- id: Reviews-On-Time\n  title: A\n  expect: true\n"))
          == """
          pack/rules/main.yaml:1:7: error: rule id 'Reviews-On-Time' must be snake_case \
          (a-z, 0-9, _)
          - id: Reviews-On-Time
                ^
          """)
  }

  @Test func listedRuleFileMissing() {
    let manifest = Fixture.manifest.replacingOccurrences(
      of: "[rules/main.yaml]", with: "[rules/main.yaml, rules/gone.yaml]")
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", manifest: manifest)) == """
        pack/pack.yaml:6:26: error: rule file 'rules/gone.yaml' does not exist
        rules: [rules/main.yaml, rules/gone.yaml]
                                 ^
        """)
  }

  @Test func unlistedRuleFileIsAWarning() {
    let result = Fixture.load(rules: "[]", extra: ["rules/draft.yaml": "[]"])
    #expect(
      Fixture.diagnostics(result) == """
        pack/pack.yaml:6:8: warning: 'pack/rules/draft.yaml' is not listed under 'rules' and is \
        not loaded
        rules: [rules/main.yaml]
               ^
        """)
    #expect(result.pack != nil)
  }

  /// `./rules/main.yaml` is `rules/main.yaml`: listed in both spellings it was read twice, and
  /// listed only as the first it was also warned of as not listed.
  @Test func twoSpellingsOfOneFileAreOneFile() {
    let twice = Fixture.manifest.replacingOccurrences(
      of: "[rules/main.yaml]", with: "[rules/main.yaml, ./rules//x/../main.yaml]")
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", manifest: twice)) == """
        pack/pack.yaml:6:26: error: rule file './rules//x/../main.yaml' is listed twice (first \
        at line 6)
        rules: [rules/main.yaml, ./rules//x/../main.yaml]
                                 ^
        """)
    let dotted = Fixture.manifest.replacingOccurrences(
      of: "[rules/main.yaml]", with: "[./rules/main.yaml]")
    #expect(Fixture.diagnostics(Fixture.load(rules: "[]", manifest: dotted)) == "")
  }

  @Test func letUsedBeforeItIsDefined() {
    let rules = """
      - id: a
        title: A
        let:
          first: second
          second: reviews.count()
        expect: first > 1
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:4:12: error: 'second' is used before it is defined (at line 5)
            first: second
                   ^
        """)
  }

  @Test func callingARecursiveFunction() {
    let functions = "a(x): \"a(x)\"\n"
    let rules = "- id: r\n  title: R\n  expect: a(1) > 0\n"
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules, functions: functions)) == """
        pack/functions.yaml:1:1: error: function 'a' is recursive (a -> a); functions may call \
        others but not themselves
        a(x): "a(x)"
        ^
        pack/rules/main.yaml:3:11: error: 'a' calls itself; functions may not be recursive
          expect: a(1) > 0
                  ^
        """)
  }

  @Test func recursiveFunctions() {
    let functions = "a(x): \"b(x)\"\nb(x): \"a(x) + 1\"\n"
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", functions: functions)) == """
        pack/functions.yaml:1:1: error: function 'a' is recursive (a -> b -> a); functions may \
        call others but not themselves
        a(x): "b(x)"
        ^
        pack/functions.yaml:2:1: error: function 'b' is recursive (b -> a -> b); functions may \
        call others but not themselves
        b(x): "a(x) + 1"
        ^
        """)
  }

  @Test func functionsNoRuleCallsAreCheckedToo() {
    let functions = "unused(p): \"p.reviews.count() + missing_name\"\nheld(r): \"lower()\"\n"
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", functions: functions)) == """
        pack/functions.yaml:1:33: error: unknown name 'missing_name'
        unused(p): "p.reviews.count() + missing_name"
                                        ^
        pack/functions.yaml:2:11: error: 'lower' takes 1 argument (s), got 0
        held(r): "lower()"
                  ^
        """)
  }

  @Test func exampleUsesAFieldTheSchemaLacks() {
    let rules = """
      - id: a
        title: A
        expect: reviews.count() > 0
        examples:
          - name: one
            outcome: met
            case:
              reviews: [{review_id: R1, held_date: 2021-01-01}]
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:8:35: error: unknown field 'held_date' on 'review'; did you mean \
        'held_on'?
                reviews: [{review_id: R1, held_date: 2021-01-01}]
                                          ^
        """)
  }

  @Test func exampleValuesAreCheckedAgainstTheSchema() {
    let rules = """
      - id: a
        title: A
        expect: reviews.count() > 0
        examples:
          - name: one
            outcome: mett
            case:
              reviews: [{review_id: R1, participation: PN9, held_on: 2021-02-30, period_id: P7}]
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:6:16: error: unknown outcome 'mett'; did you mean 'met'?
              outcome: mett
                       ^
        pack/rules/main.yaml:8:50: error: 'PN9' is not a code of 'participation'; did you mean \
        'PN0'?
                reviews: [{review_id: R1, participation: PN9, held_on: 2021-02-30, period_id: P7}]
                                                         ^
        pack/rules/main.yaml:8:64: error: '2021-02-30' is not a date (YYYY-MM-DD) for 'held_on'
                reviews: [{review_id: R1, participation: PN9, held_on: 2021-02-30, period_id: P7}]
                                                                       ^
        pack/rules/main.yaml:8:87: error: period_id 'P7' names no period
                reviews: [{review_id: R1, participation: PN9, held_on: 2021-02-30, period_id: P7}]
                                                                                              ^
        """)
  }

  @Test func schemaTypesAndReferences() {
    let schema = Fixture.schema.replacingOccurrences(
      of: "ref(professional)?", with: "ref(profesional)?"
    )
    .replacingOccurrences(of: "score: int?", with: "score: integer?")
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", schema: schema)) == """
        pack/schema.yaml:17:17: error: ref names unknown type 'profesional'; did you mean \
        'professional'?
              chair_id: ref(profesional)?
                        ^
        pack/schema.yaml:19:14: error: unknown field type 'integer?'; did you mean 'int'?
              score: integer?
                     ^
        """)
  }

  @Test func duplicateYAMLKeyPointsAtTheRepetition() {
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "- id: a\n  title: A\n  expect: true\n  title: B\n"))
        == """
        pack/rules/main.yaml:4:3: error: duplicate key 'title' (first given at line 2)
          title: B
          ^
        """)
  }

  @Test func missingPackFile() {
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", manifest: nil))
        == "error: 'pack/pack.yaml' does not exist; a pack needs it")
  }

  @Test func ruleFileMustBeAList() {
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "id: a\n")) == """
        pack/rules/main.yaml:1:1: error: a rule file must be a list of rules (each starting '- id:')
        id: a
        ^
        """)
  }

  @Test func forEachNeedsANameAndRecords() {
    let rules = """
      - id: a
        title: A
        for_each: reviews
        expect: true
      - id: b
        title: B
        for_each: dob as d
        expect: d == null
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:3:20: error: for_each must end with 'as NAME', as in 'reviews as r'
          for_each: reviews
                           ^
        pack/rules/main.yaml:7:13: error: for_each needs a list of records, but this is a date
          for_each: dob as d
                    ^
        """)
  }

  @Test func messageHolesAreCheckedInPlace() {
    let rules = """
      - id: a
        title: A
        expect: true
        message: "held on {reviews.first().held_onn} and {"
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:4:38: error: unknown field 'held_onn' on 'review'; did you mean \
        'held_on'?
          message: "held on {reviews.first().held_onn} and {"
                                             ^
        pack/rules/main.yaml:4:52: error: '{' without a closing '}'; write '{{' for a brace
          message: "held on {reviews.first().held_onn} and {"
                                                           ^
        """)
  }

  @Test func columnsInsideBlockAndQuotedScalars() {
    let block = """
      - id: a
        title: A
        expect: >-
          reviews.count() > 0
            and reviews.first().held_onn == null
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: block)) == """
        pack/rules/main.yaml:5:27: error: unknown field 'held_onn' on 'review'; did you mean \
        'held_on'?
              and reviews.first().held_onn == null
                                  ^
        """)
    let quoted = "- id: a\n  title: A\n  expect: \"reviews.count() > 0 and dob == 'x'\"\n"
    #expect(
      Fixture.diagnostics(Fixture.load(rules: quoted)) == """
        pack/rules/main.yaml:3:40: error: cannot compare a date with a string
          expect: "reviews.count() > 0 and dob == 'x'"
                                               ^
        """)
  }

  @Test func severityAndWeight() {
    let rules = "- id: a\n  title: A\n  severity: high\n  weight: heavy\n  expect: true\n"
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:3:13: error: unknown severity 'high'; expected info, minor, major or \
        critical
          severity: high
                    ^
        pack/rules/main.yaml:4:11: error: weight 'heavy' must be a number of 0 or more
          weight: heavy
                  ^
        """)
  }

  @Test func exampleEvidenceAndItems() {
    let rules = """
      - id: a
        title: A
        expect: true
        evidence: {x: dob}
        examples:
          - {name: e, outcome: met, evidence: {y: 1}, items: [met]}
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:6:42: error: rule 'a' has no evidence 'y'; did you mean 'x'?
            - {name: e, outcome: met, evidence: {y: 1}, items: [met]}
                                                 ^
        pack/rules/main.yaml:6:56: error: 'items' is only for rules with for_each
            - {name: e, outcome: met, evidence: {y: 1}, items: [met]}
                                                               ^
        """)
  }

  @Test func gradingBands() {
    let manifest =
      Fixture.manifest
      + "\ngrading: {bands: {good: 0.7, ok: 0.9}, cap: {critcal: good, major: great}}\n"
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", manifest: manifest)) == """
        pack/pack.yaml:7:18: error: the last band must have threshold 0 so every score has a band
        grading: {bands: {good: 0.7, ok: 0.9}, cap: {critcal: good, major: great}}
                         ^
        pack/pack.yaml:7:30: error: bands must be listed highest threshold first; 'ok' is not \
        below 'good'
        grading: {bands: {good: 0.7, ok: 0.9}, cap: {critcal: good, major: great}}
                                     ^
        pack/pack.yaml:7:46: error: unknown severity 'critcal'; did you mean 'critical'?
        grading: {bands: {good: 0.7, ok: 0.9}, cap: {critcal: good, major: great}}
                                                     ^
        pack/pack.yaml:7:68: error: cap names unknown band 'great'
        grading: {bands: {good: 0.7, ok: 0.9}, cap: {critcal: good, major: great}}
                                                                           ^
        """)
  }

  @Test func oneMistakeIsReportedOnceNotAtEveryUse() {
    let rules = """
      - id: a
        title: A
        for_each: reviews.filtr(r, true) as r
        let:
          previous: reviews.previous(r)
        expect: previous.held_on < r.held_on
        message: "{r.held_on}"
      """
    #expect(
      Fixture.diagnostics(Fixture.load(rules: rules)) == """
        pack/rules/main.yaml:3:21: error: unknown list method 'filtr'; did you mean 'filter'?
          for_each: reviews.filtr(r, true) as r
                            ^
        """)
  }
}
