import Testing

@testable import CaseAudit

/// Practice questions in a pack: loaded, checked like rules, listed by `rules docs`.
@Suite struct PracticeQuestionTests {
  static let manifest = Fixture.manifest + "\nquestions: [questions/practice.yaml]\n"

  static let rules = """
    - id: reviewed
      title: Reviewed
      expect: reviews.exists(r, held(r))
      examples:
        - {name: held, outcome: met, case: {reviews: [{held_on: 2021-05-01}]}}
        - {name: none, outcome: not_met, case: {}}
    """

  static func load(_ questions: String) -> PackLoadResult {
    Fixture.load(
      rules: rules, manifest: manifest, extra: ["questions/practice.yaml": questions])
  }

  static let valid = """
    - id: plan_purposeful
      question: Is the plan purposeful?
      scale: [yes, {partly: Partly so}, no]
      guidance: >-
        Yes when it
        moves on.
      applies_to: reviews.exists(r, held(r))
    - id: views_heard
      question: Are the child's views heard?
      scale: [yes, no]
      guidance: Read the plan.
    """

  @Test func aQuestionFileLoadsWithItsScaleAndGuidance() throws {
    let result = Self.load(Self.valid)
    let pack = try #require(result.pack, "\(Fixture.diagnostics(result))")
    #expect(pack.questions.map(\.id) == ["plan_purposeful", "views_heard"])
    let first = pack.questions[0]
    #expect(first.keys == ["yes", "partly", "no"])
    #expect(first.scale.map(\.label) == ["yes", "Partly so", "no"])
    #expect(first.guidance == "Yes when it moves on.")
    #expect(first.appliesToText == "reviews.exists(r, held(r))")
    #expect(pack.questions[1].appliesTo == nil)
    #expect(first.location.description == "pack/questions/practice.yaml:1:3")
  }

  @Test func everyProblemIsReportedAtItsPlace() {
    let questions = """
      - id: a
        question: A?
        scale: [yes, no]
        guidance: g
        aplies_to: true
      - id: a
        question: Again?
        scale: [yes]
        guidance: g
      - id: empty_scale
        question: Which?
        scale: []
        guidance: g
      - id: twice
        question: Which?
        scale: [yes, Yes, yes]
        guidance: g
      - id: typo
        question: Which?
        scale: [yes, no]
        guidance: g
        applies_to: reviews.exists(r, r.hld_on != null)
      - id: number
        question: Which?
        scale: [yes, no]
        guidance: g
        applies_to: reviews.count()
      - id: reviewed
        question: Clashes with the rule?
        scale: [yes, no]
        guidance: g
      - id: no_guidance
        question: Which?
        scale: [yes, no]
      """
    let result = Self.load(questions)
    #expect(result.pack == nil)
    #expect(
      Fixture.diagnostics(result) == """
        pack/questions/practice.yaml:5:3: error: unknown key 'aplies_to' in a question; did \
        you mean 'applies_to'?
          aplies_to: true
          ^
        pack/questions/practice.yaml:6:3: error: duplicate question id 'a' (first defined at \
        pack/questions/practice.yaml:1:3)
        - id: a
          ^
        pack/questions/practice.yaml:8:10: error: 'scale' lists 1 answer; a question needs at \
        least two, such as [yes, partly, no, not_applicable]
          scale: [yes]
                 ^
        pack/questions/practice.yaml:12:10: error: 'scale' lists 0 answers; a question needs \
        at least two, such as [yes, partly, no, not_applicable]
          scale: []
                 ^
        pack/questions/practice.yaml:16:16: error: answer 'Yes' must be snake_case (a-z, 0-9, _)
          scale: [yes, Yes, yes]
                       ^
        pack/questions/practice.yaml:16:21: error: answer 'yes' is listed twice (first at \
        line 16)
          scale: [yes, Yes, yes]
                            ^
        pack/questions/practice.yaml:22:35: error: unknown field 'hld_on' on 'review'; did you \
        mean 'held_on'?
          applies_to: reviews.exists(r, r.hld_on != null)
                                          ^
        pack/questions/practice.yaml:27:15: error: 'applies_to' must be a bool, but this is a int
          applies_to: reviews.count()
                      ^
        pack/questions/practice.yaml:28:3: error: question id 'reviewed' is a rule's id; \
        findings.csv tells questions from rules by id, so give the question another
        - id: reviewed
          ^
        pack/questions/practice.yaml:32:3: error: a question needs 'guidance'
        - id: no_guidance
          ^
        """)
  }

  @Test func aMissingOrUnlistedQuestionFileIsReported() {
    let manifest = Self.manifest.replacingOccurrences(
      of: "questions/practice.yaml", with: "questions/gone.yaml")
    let result = Fixture.load(
      rules: Self.rules, manifest: manifest, extra: ["questions/practice.yaml": Self.valid])
    #expect(
      Fixture.diagnostics(result) == """
        pack/pack.yaml:7:12: warning: 'pack/questions/practice.yaml' is not listed under \
        'questions' and is not loaded
        questions: [questions/gone.yaml]
                   ^
        pack/pack.yaml:7:13: error: question file 'questions/gone.yaml' does not exist
        questions: [questions/gone.yaml]
                    ^
        """)
  }

  @Test func anUnknownApplicabilityAsksTheQuestion() throws {
    let pack = try #require(Self.load(Self.valid).pack)
    let question = pack.questions[0]
    for (reviews, expected) in [
      ("[{review_id: R1, held_on: 2021-05-01}]", true), ("[]", false),
      ("[{review_id: R1}]", false),
    ] {
      let caseFile = SourceFile(path: "case.yaml", text: "reviews: \(reviews)")
      var problems: [Diagnostic] = []
      let root = try #require(try YAMLReader().read(caseFile).get())
      let built = try #require(
        ExampleRecords(file: caseFile, schema: pack.schema).build(root, diagnostics: &problems))
      var frame = Frame(
        data: built.data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
        params: pack.parameters.values, asAt: .null, period: .range(nil, nil),
        slotCount: pack.slotCount)
      #expect(question.applies(&frame) == expected, "\(reviews)")
    }
  }

  @Test func rulesDocsListsTheQuestions() throws {
    let pack = try #require(Self.load(Self.valid).pack)
    let markdown = PackDocumentWriter.markdown(PackDocument(pack: pack))
    let start = try #require(markdown.range(of: "## Practice questions"))
    #expect(
      String(markdown[start.lowerBound...]) == """
        ## Practice questions

        The auditor answers these by reading each sampled case they apply to.

        ### plan_purposeful

        **Is the plan purposeful?**

        - Answers: yes, partly (Partly so), no
        - Applies to: reviews.exists(r, held(r))
        - Guidance: Yes when it moves on.

        ### views_heard

        **Are the child's views heard?**

        - Answers: yes, no
        - Applies to: every case
        - Guidance: Read the plan.

        """)
    let html = PackDocumentWriter.html(PackDocument(pack: pack))
    #expect(
      html.contains(
        "<section id=\"question-views_heard\"><h3>views_heard</h3><p><strong>Are the child&#39;s"
          + " views heard?</strong></p><ul><li>Answers: yes, no</li>"))
  }

  @Test func theIROPackAsksTheIssuesThreeQuestions() throws {
    let result = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro")
    let pack = try #require(result.pack)
    let ids = Set(pack.questions.map(\.id))
    #expect(
      ids.isSuperset(of: [
        "iro_footprint_purposeful", "wishes_and_feelings_in_care_plan",
        "escalation_changed_plan_progress",
      ]))
    #expect(pack.question("escalation_changed_plan_progress")?.appliesTo != nil)
    #expect(pack.question("wishes_and_feelings_in_care_plan")?.keys.contains("partly") == true)
  }
}
