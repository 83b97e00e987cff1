import ArgumentParser
import CaseAudit

extension ScoreCommand.Format: ExpressibleByArgument {}

/// `caseaudit score`: every case scored (a census), as Markdown tables or JSON.
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Score every case of an export against a rule pack (a census).",
    discussion: """
      Example: caseaudit score --rules Rules/iro --data Samples/demo-la --as-at 2022-03-31 \
      --period 2021-04-01..2022-03-31 --format json --out scores.json
      Without --as-at the period's end is the as-at date; with neither, rules judged at the \
      as-at date give insufficient evidence. With --redact, case ids, references and \
      personal fields are keyed pseudonyms, as in caseaudit audit --redact; the key is \
      .caseaudit/redaction.key in the working folder unless --redact-key names it.
      Only the files the rules scored (and, but for --format csv, the pack's tallies) can read \
      are imported from a canonical export, with what they reference; a note names the files \
      not read. Run caseaudit data check to check every file.
      """
  )

  /// Output formats.
  enum Format: String, CaseIterable {
    case md, json, csv
  }

  @Option(name: .customLong("rules"), help: "The rule pack.")
  var rules: String

  @OptionGroup var export: DataArguments

  @OptionGroup var when: ContextArguments

  @Option(
    help: "Output format: md (summary tables), json (everything) or csv (one row per finding).")
  var format: Format = .md

  @Option(name: .customLong("rule"), help: "Score only this rule id (repeatable).")
  var onlyRules: [String] = []

  @Option(name: .customLong("case"), help: "Score only this case id (repeatable).")
  var onlyCases: [String] = []

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var out: String?

  @OptionGroup var redaction: RedactionArguments

  func run() throws {
    let context = try when.context()
    let redactor = try redaction.redactor(keyFolder: ".caseaudit")
    let pack = try PackArgument(pack: rules).load()
    for id in onlyRules where pack.rule(id) == nil {
      throw ValidationError(
        "no rule '\(id)' in \(rules)" + NearMiss.hint(for: id, among: pack.rules.map(\.id)))
    }
    let progress = ProgressLine()
    let scorer = Scorer(pack: pack, only: onlyRules)
    // Only the files the rules scored (and, but for CSV, the tallies shown) can read.
    let reading = ImportSelection(
      schema: pack.schema, rules: scorer.rules, tallies: format == .csv ? [] : pack.tallies)
    var imported = try export.load(schema: pack.schema, reading: reading, progress: progress)
    DiagnosticPrinter.print(imported.diagnostics)
    // Cases are found by their real ids, before any redaction; rows stay the same after it.
    let rows = try onlyCases.isEmpty ? nil : imported.dataset.caseRows(of: onlyCases)
    if let redactor { imported.dataset = imported.dataset.redacted(by: redactor) }
    if imported.hasErrors {
      let excluded = imported.counts.reduce(0) { $0 + $1.excluded }
      StandardError.write("note: \(excluded) rows with errors are excluded from scoring\n")
    }
    let total = rows?.count ?? imported.dataset.tables[pack.schema.caseType].count
    let write: (inout ByteSink) throws -> Void
    switch format {
    case .md:
      // The summary counts outcomes only: no finding is kept, no evidence rendered.
      var summary = scorer.summary(imported.dataset, context: context, rows: rows) {
        progress.advance(by: $0, of: total, "cases")
      }
      progress.finish()
      summary.tallies = scorer.tallies(imported.dataset, context: context, rows: rows)
      let text = ScoreTables(pack: pack, context: context, summary: summary).markdown()
      if let out { try AtomicFile.write(text, to: out) } else { print(text, terminator: "") }
      return
    case .json, .csv:
      // Scored, formatted on both cores and written chunk by chunk, in case order.
      let streamed = StreamedScore(
        scorer: scorer, data: imported.dataset, context: context, rows: rows)
      let advance: @Sendable (Int) -> Void = { progress.advance(by: $0, of: total, "cases") }
      let json = format == .json
      write = { sink in
        defer { progress.finish() }
        if json { try streamed.writeJSON(to: &sink, progress: advance) } else {
          streamed.writeCSV(to: &sink, progress: advance)
        }
      }
    }
    // Written as it is produced, into a temporary file renamed into place when complete.
    if let out { try AtomicFile.write(to: out, write) } else {
      try AtomicFile.writeStandardOutput(write)
    }
  }
}
