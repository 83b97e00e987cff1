import Foundation
import Testing

@testable import CaseAudit

/// The streamed writers give the bytes the whole-document writers gave, on a generated export
/// scored with the shipped pack: the reference is `JSONEncoder` over the same document.
@Suite struct StreamedOutputTests {
  /// A scored census of a generated export, with its summary.
  struct Scored {
    let pack: RulePack
    let context: AuditContext
    let results: [CaseResult]
    let summary: ScoreSummary
    /// The export scored.
    let dataset: Dataset

    init(children: Int, seed: UInt64) throws {
      pack = try #require(PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack)
      let buffers = SyntheticExport(
        options: GeneratorOptions(children: children, seed: seed), calendar: pack.calendar
      ).generate()
      let files = Dictionary(
        uniqueKeysWithValues: buffers.files.map { ($0.file, $0.buffer.bytes) })
      let data = CanonicalImporter(schema: pack.schema).load(files: files, directory: "gen")
      dataset = data.dataset
      context = AuditContext(
        asAt: Day(iso: "2022-03-31"), periodStart: Day(iso: "2021-04-01"),
        periodEnd: Day(iso: "2022-03-31"))
      let scorer = Scorer(pack: pack)
      results = scorer.score(data.dataset, context: context)
      summary = ScoreSummary(
        results: results, scorer: scorer,
        tallies: scorer.tallies(data.dataset, context: context))
    }
  }

  /// The whole document as `JSONEncoder` wrote it before the writer streamed.
  static func encoded(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value)) + [0x0A]
  }

  @Test func scoreJSONStreamedEqualsTheWholeDocument() throws {
    let scored = try Scored(children: 400, seed: 7)
    let document = ScoreJSON(
      pack: scored.pack, context: scored.context, results: scored.results,
      summary: scored.summary)
    var sink = ByteSink()
    try document.write(to: &sink)
    try sink.finish()
    #expect(scored.results.count > 100)
    #expect(sink.bytes == (try Self.encoded(document)))
    #expect(try document.render() == String(decoding: try Self.encoded(document), as: UTF8.self))
  }

  /// Text a record could hold: quotes, backslashes, slashes, every control character, DEL,
  /// line separators, accents composed and not, and an emoji.
  static let awkward: [String] = [
    "", "plain", "a\"b\\c/d", String((0..<32).map { Character(UnicodeScalar($0)) }),
    "del\u{7F}", "ls\u{2028}ps\u{2029}", "caf\u{E9}", "cafe\u{301}", "\u{1F600}", "-1",
  ]

  @Test func stringsAndEvidenceAreEscapedAndOrderedAsJSONEncoderDoes() throws {
    let evidence = Self.awkward.enumerated().map {
      EvidenceValue(name: $0.element, value: Self.awkward[(Self.awkward.count - 1) - $0.offset])
    } + [EvidenceValue(name: "plain", value: "second"), EvidenceValue(name: "B", value: "b")]
    let result = CaseResult(
      caseID: "C\"1\n", score: nil, grade: nil,
      findings: [
        RuleFinding(
          ruleID: "r/1", outcome: .insufficientEvidence, message: "why\t\u{1}",
          evidence: evidence,
          items: [
            ItemFinding(itemID: "\u{E9}", outcome: .met, message: nil, evidence: evidence)
          ])
      ])
    let pack = try #require(PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack)
    let document = ScoreJSON(
      pack: pack, context: AuditContext(asAt: nil, periodStart: nil, periodEnd: nil),
      results: [result, result],
      summary: ScoreSummary(results: [result, result], scorer: Scorer(pack: pack)))
    var sink = ByteSink()
    try document.write(to: &sink)
    #expect(sink.bytes == (try Self.encoded(document)))
  }

  /// `findings.csv` as `CSVBuffer` built it whole before the writer streamed.
  static func wholeCSV(_ cases: [(stratum: String, result: CaseResult)]) -> [UInt8] {
    var buffer = CSVBuffer(header: FindingsCSV.header)
    let cell = SpreadsheetText.neutralised
    for (stratum, result) in cases {
      for finding in result.findings {
        let rows =
          [(finding.outcome, finding.message, finding.evidence, "")]
          + finding.items.map { ($0.outcome, $0.message, $0.evidence, $0.itemID) }
        for (outcome, message, evidence, itemID) in rows {
          buffer.append(
            cell(result.caseID), cell(stratum), cell(finding.ruleID), cell(itemID),
            outcome.rawValue, cell(message ?? ""), cell(ReportFormatting.evidence(evidence)),
            "", "", "")
        }
      }
    }
    return buffer.bytes
  }

  @Test func findingsCSVStreamedEqualsTheWholeDocument() throws {
    let scored = try Scored(children: 400, seed: 7)
    var sink = ByteSink()
    FindingsCSV(results: scored.results).write(to: &sink)
    #expect(sink.bytes.count > 10_000)
    #expect(sink.bytes == Self.wholeCSV(scored.results.map { ("", $0) }))
  }

  @Test func awkwardCellsAreNeutralisedAndQuotedAsBefore() {
    let evidence = { (first: Int) in
      (0..<3).map {
        EvidenceValue(
          name: Self.awkward[(first + $0) % Self.awkward.count],
          value: Self.awkward[(first + 2 * $0 + 1) % Self.awkward.count])
      }
    }
    let formulas = ["=1+1", "+a", "-3", "@x", "\tt", "\rr", "'q", "a,b", "\"=\""]
    let texts = Self.awkward + formulas
    let results = texts.indices.map { index in
      CaseResult(
        caseID: texts[index], score: nil, grade: nil,
        findings: [
          RuleFinding(
            ruleID: texts[(index + 1) % texts.count], outcome: .notMet,
            message: index % 3 == 0 ? nil : texts[(index + 2) % texts.count],
            evidence: index % 4 == 0 ? [] : evidence(index),
            items: [
              ItemFinding(
                itemID: texts[(index + 3) % texts.count], outcome: .met, message: nil,
                evidence: evidence(index + 5))
            ])
        ])
    }
    let cases: [(stratum: String, result: CaseResult)] = results.enumerated().map {
      (texts[($0.offset + 4) % texts.count], $0.element)
    }
    var sink = ByteSink()
    FindingsCSV(results: results).write(to: &sink)
    #expect(sink.bytes == Self.wholeCSV(results.map { ("", $0) }))
    let audit = FindingsCSV(cases: cases)
    var auditSink = ByteSink()
    audit.write(to: &auditSink)
    #expect(auditSink.bytes == Self.wholeCSV(cases))
  }
}
