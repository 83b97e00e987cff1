import Foundation
import Testing

@testable import CaseAudit

/// Findings made in parts on every core and written in order give the bytes of the sequential
/// writers, whatever the chunk size (chunks ending at every case) and however few chunks may
/// wait at once.
@Suite struct ParallelOutputTests {
  /// Seeded random findings: texts that need quoting and escaping, empty findings and items.
  static func randomResults(_ count: Int, seed: UInt64) -> [CaseResult] {
    var random = RandomSource(seed: seed)
    let texts = StreamedOutputTests.awkward + ["=1+1", "a,b", "x\ny", "\"q\""]
    let outcomes: [Outcome] = [.met, .notMet, .insufficientEvidence, .notApplicable]
    func text(_ random: inout RandomSource) -> String {
      texts[random.int(in: 0...(texts.count - 1))] + String(random.int(in: 0...99))
    }
    func evidence(_ random: inout RandomSource) -> [EvidenceValue] {
      (0..<random.int(in: 0...3)).map { _ in
        EvidenceValue(name: text(&random), value: text(&random))
      }
    }
    return (0..<count).map { _ in
      let findings = (0..<random.int(in: 0...3)).map { _ in
        RuleFinding(
          ruleID: text(&random), outcome: outcomes[random.int(in: 0...3)],
          message: random.chance(0.5) ? nil : text(&random), evidence: evidence(&random),
          items: (0..<random.int(in: 0...4)).map { _ in
            ItemFinding(
              itemID: text(&random), outcome: outcomes[random.int(in: 0...3)],
              message: random.chance(0.5) ? nil : text(&random), evidence: evidence(&random))
          })
      }
      return CaseResult(
        caseID: text(&random), score: nil, grade: random.chance(0.3) ? nil : text(&random),
        findings: findings)
    }
  }

  @Test(arguments: [1, 2, 3, 7, 64, 199, 200, 500])
  func csvRowsInParallelChunksEqualTheSequentialWriter(chunk: Int) {
    let results = Self.randomResults(199, seed: UInt64(chunk))
    var sequential = ByteSink()
    FindingsCSV(results: results).write(to: &sequential)
    var parallel = ByteSink()
    FindingsCSV.writeHeader(to: &parallel)
    let cases = ParallelOutput.write(
      results.count, chunk: chunk, window: chunk % 3 + 1, to: &parallel, total: 0
    ) { range, bytes in
      FindingsCSV(results: Array(results[range])).writeRows(to: &bytes)
      return range.count
    } add: { total, part in
      total += part
    }
    let written = parallel.bytes
    let expected = sequential.bytes
    #expect(cases == results.count)
    #expect(written == expected)
  }

  @Test(arguments: [1, 5, 13, 198])
  func jsonCasesInParallelChunksEqualTheSequentialWriter(chunk: Int) {
    let results = Self.randomResults(199, seed: 100 + UInt64(chunk))
    var sequential = ByteSink()
    ScoreJSON.write(cases: results, to: &sequential)
    var parallel = ByteSink()
    parallel.write(byte: 0x5B)
    ParallelOutput.write(results.count, chunk: chunk, to: &parallel, total: ()) {
      range, bytes in
      for index in range {
        if index > 0 { bytes.write(byte: 0x2C) }
        ScoreJSON.write(case: results[index], to: &bytes)
      }
    } add: { _, _ in }
    parallel.write(byte: 0x5D)
    let written = parallel.bytes
    let expected = sequential.bytes
    #expect(written == expected)
  }

  @Test func nothingToWriteWritesNothing() {
    var sink = ByteSink()
    let total = ParallelOutput.write(0, chunk: 4, to: &sink, total: 7) { _, bytes in
      bytes.write("never")
      return 1
    } add: { total, part in
      total += part
    }
    let written = sink.bytes
    #expect(total == 7)
    #expect(written.isEmpty)
  }

  /// A census scored and written in chunks gives the bytes of scoring it whole and writing the
  /// results, for every case or some, with chunks of one case, a few, and more than all.
  @Test(arguments: [1, 7, 1_000])
  func streamedScoreEqualsScoringThenWriting(chunk: Int) throws {
    let scored = try StreamedOutputTests.Scored(children: 120, seed: 11)
    let data = scored.dataset
    let scorer = Scorer(pack: scored.pack)
    for rows in [nil, [5, 3, 30, 4, 4]] as [[Int]?] {
      var streamed = StreamedScore(
        scorer: scorer, data: data, context: scored.context, rows: rows)
      streamed.chunk = chunk
      let results = scorer.score(data, context: scored.context, rows: rows)
      var json = ByteSink()
      try streamed.writeJSON(to: &json)
      let summary = ScoreSummary(
        results: results, scorer: scorer,
        tallies: scorer.tallies(data, context: scored.context, rows: rows))
      var expected = ByteSink()
      try ScoreJSON(
        pack: scored.pack, context: scored.context, results: results, summary: summary
      ).write(to: &expected)
      #expect(results.count == rows?.count ?? scored.results.count)
      let (streamedJSON, expectedJSON) = (json.bytes, expected.bytes)
      #expect(streamedJSON == expectedJSON)
      var csv = ByteSink()
      streamed.writeCSV(to: &csv)
      var expectedCSV = ByteSink()
      FindingsCSV(results: results).write(to: &expectedCSV)
      let (streamedCSV, wholeCSV) = (csv.bytes, expectedCSV.bytes)
      #expect(streamedCSV == wholeCSV)
    }
  }
}
