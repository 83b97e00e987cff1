/// A census written as it is scored: the cases are scored and their findings formatted on every
/// core in case-ordered chunks, each chunk written once those before it are and then dropped,
/// so no more than a few chunks' findings are held at once however many cases there are. The
/// bytes are those of `ScoreJSON` and `FindingsCSV` over `Scorer.score`'s results.
public struct StreamedScore: Sendable {
  /// The scorer.
  public let scorer: Scorer
  /// The data scored.
  public let data: Dataset
  /// The as-at date and period.
  public let context: AuditContext
  /// The rows of the cases scored, in order (all cases when nil).
  public let rows: [Int]?
  /// Cases per chunk: enough that a chunk's work dwarfs handing it on.
  var chunk = 256

  /// Writes the census of the cases at `rows` (all cases when nil) of `data`.
  public init(scorer: Scorer, data: Dataset, context: AuditContext, rows: [Int]? = nil) {
    self.scorer = scorer
    self.data = data
    self.context = context
    self.rows = rows
  }

  /// The cases' rows and what scoring them needs.
  private var scoring: CaseScoring {
    let caseRows = rows ?? Array(0..<data.tables[scorer.pack.schema.caseType].count)
    return CaseScoring(scorer, data: data, context: context, rows: caseRows)
  }

  /// Writes `findings.csv` of the census (`FindingsCSV`); `progress` is called with the number
  /// of cases scored since its last call, from any thread.
  public func writeCSV(to sink: inout ByteSink, progress: (@Sendable (Int) -> Void)? = nil) {
    let scoring = scoring
    FindingsCSV.writeHeader(to: &sink)
    ParallelOutput.write(scoring.rows.count, chunk: chunk, to: &sink, total: ()) {
      range, bytes in
      defer { progress?(range.count) }
      FindingsCSV(results: scoring.score(range)).writeRows(to: &bytes)
    } add: { _, _ in }
  }

  /// Writes the scoring JSON of the census (`ScoreJSON`), its summary counted as the cases are
  /// written; `progress` is as for `writeCSV(to:progress:)`.
  public func writeJSON(to sink: inout ByteSink, progress: (@Sendable (Int) -> Void)? = nil)
    throws
  {
    let scoring = scoring
    let scorer = scorer
    let chunk = chunk
    // The summary follows the cases in the document (keys are sorted), so it is complete by the
    // time it is written.
    var summary = ScoreSummary(results: [], scorer: scorer)
    let members = ScoreJSON.members(
      pack: scorer.pack, context: context,
      cases: { sink in
        sink.write(byte: 0x5B)
        summary = ParallelOutput.write(
          scoring.rows.count, chunk: chunk, to: &sink, total: summary
        ) { range, bytes in
          defer { progress?(range.count) }
          let results = scoring.score(range)
          for (offset, result) in results.enumerated() {
            if range.lowerBound + offset > 0 { bytes.write(byte: 0x2C) }
            ScoreJSON.write(case: result, to: &bytes)
          }
          return ScoreSummary(results: results, scorer: scorer)
        } add: { total, part in
          total.add(part)
        }
        sink.write(byte: 0x5D)
      },
      summary: { summary })
    summary.tallies = scorer.tallies(data, context: context, rows: rows)
    try sink.jsonObject(members)
    sink.write(byte: 0x0A)
  }
}
