import Testing

@testable import CaseAudit

/// A small census for the service report's tests: four children, two standards, reviews
/// chaired by two IROs, counted by hand in the tests.
enum CensusFixture {
  static let rules = """
    - id: reviews_scored
      title: Every held review scores 5 or more
      for_each: reviews.filter(r, held(r)) as r
      expect: r.score >= 5
    - id: old_enough
      title: Aged 5 or over at the as-at date
      expect: age_on(dob, audit.as_at) >= 5
    """

  static let manifest =
    Fixture.manifest + """

      groupings:
        chair: "reviews.first().chair.name ?? 'no chair'"
      """

  static let files = [
    "children.csv": """
    child_id,dob,name
    C1,2012-01-01,Sam
    C2,2020-01-01,Alex
    C3,,Kim
    C4,2010-05-05,Lee
    """,
    "professionals.csv": "professional_id,name\nI1,Ada\nI2,Bea\n",
    "periods.csv": """
    period_id,child_id,start,end
    P1,C1,2020-01-01,
    P2,C2,2020-02-01,
    P3,C3,2020-03-01,
    """,
    "reviews.csv": """
    review_id,child_id,period_id,held_on,participation,chair_id,cancelled,score
    R1,C1,P1,2021-05-01,PN1,I1,false,6
    R2,C1,P1,2021-11-01,PN1,I1,false,7
    R3,C2,P2,2021-06-01,PN1,I2,false,3
    R4,C3,P3,2021-07-01,PN1,I1,false,
    """,
  ]

  static let context = AuditContext(
    asAt: Day(iso: "2022-03-31"), periodStart: Day(iso: "2021-04-01"),
    periodEnd: Day(iso: "2022-03-31"))

  /// The census of the fixture's export.
  static func census() throws -> Census {
    let pack = try #require(Fixture.load(rules: rules, manifest: manifest).pack)
    let data = CanonicalImporter(schema: pack.schema).load(
      files: files.mapValues { Array(($0 + "\n").utf8) }, directory: "export")
    #expect(data.diagnostics.isEmpty)
    return Census(pack: pack, data: data, dataFingerprint: "data-fingerprint", context: context)
  }
}
