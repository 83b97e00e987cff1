import Testing

@testable import CaseAudit

private let schema = """
  case: child
  types:
    child:
      key: child_id
      fields: {child_id: id, sex: string?}
    review:
      key: review_id
      fields: {review_id: id, child_id: ref(child), held_on: date?, chair_id: ref(professional)?}
    professional:
      key: professional_id
      fields:
        professional_id: id
        name: {type: string?, personal: true}
  """

private let records = """
  child: {child_id: C1, sex: "2"}
  reviews: [{review_id: R1, held_on: 2021-10-20, chair_id: I1}]
  professionals: [{professional_id: I1, name: Ada Brown}]
  """

/// A key of bytes 0...31, so the pseudonyms below can be checked with any HMAC tool.
private let redactor = Redactor(key: Array(0...31))

/// Pseudonyms: keyed HMAC-SHA256, consistent across ids and the references to them.
@Suite struct RedactionTests {
  @Test func pseudonymsAreTheKeyedHMACOfTypeAndValue() {
    // Independently computed: hmac.new(bytes(range(32)), b"child:C100054", sha256).
    #expect(redactor.pseudonym("C100054", type: "child") == "child-8d5aaad00d")
    #expect(
      redactor.pseudonym("Farid Baker", type: "professional_name")
        == "professional_name-b2ad1bac08")
    #expect(Redactor(key: Array(1...32)).pseudonym("C100054", type: "child") != "child-8d5aaad00d")
  }

  @Test func aRedactedDatasetKeepsItsLinksAndLosesItsNames() throws {
    let schemaFile = SourceFile(path: "schema.yaml", text: schema)
    var problems: [Diagnostic] = []
    let root = try #require(try YAMLReader().read(schemaFile).get())
    let loaded = try #require(SchemaLoader.load(root, file: schemaFile, diagnostics: &problems))
    let caseFile = SourceFile(path: "case.yaml", text: records)
    let caseRoot = try #require(try YAMLReader().read(caseFile).get())
    let built = try #require(
      ExampleRecords(file: caseFile, schema: loaded).build(caseRoot, diagnostics: &problems))
    #expect(problems.isEmpty)
    let data = built.data.redacted(by: redactor)
    let child = RecordRef(type: 0, row: 0)
    let review = RecordRef(type: 1, row: 0)
    let chair = RecordRef(type: 2, row: 0)
    #expect(data.key(of: child) == "child-3c8a9203a0")
    #expect(data.value(child, field: 1) == .string("2"))
    #expect(data.key(of: review) == "review-26061474fc")
    #expect(data.value(review, field: 1) == .string("child-3c8a9203a0"))
    #expect(data.value(review, field: 2) == .date(Day(iso: "2021-10-20")!))
    #expect(data.value(review, field: 3) == .string("professional-0144a642c4"))
    #expect(data.key(of: chair) == "professional-0144a642c4")
    #expect(data.value(chair, field: 1) == .string("professional_name-8a53e5fee6"))
  }

  @Test func onlyStringFieldsCanBePersonal() {
    let bad = Fixture.schema.replacingOccurrences(
      of: "fields: {child_id: id, dob: date?, name: string?}",
      with: """
        fields:
                  child_id: id
                  dob: {type: date?, personal: true}
                  name: {type: string?, personal: yes}
        """)
    #expect(
      Fixture.diagnostics(Fixture.load(rules: "[]", schema: bad)) == """
        pack/schema.yaml:7:23: error: personal applies to string fields; ids and references \
        are always redacted
                  dob: {type: date?, personal: true}
                              ^
        pack/schema.yaml:8:43: error: personal must be true or false, not 'yes'
                  name: {type: string?, personal: yes}
                                                  ^
        """)
  }
}
