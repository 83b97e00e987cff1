import ArgumentParser
import CaseAudit

extension RulesDiffCommand.Format: ExpressibleByArgument {}

/// `caseaudit rules diff OLD NEW --data DIR`: what a change of standards would do.
struct RulesDiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Score every case under two packs and show the rules and cases that change.",
    discussion: """
      Rules are added, removed, changed (by content, or because a parameter or function they \
      use changed their outcomes) or unchanged; for each, the cases whose outcome moves, with \
      their IRO and team. A rule a pack lacks is not_applicable to every case under it, so an \
      added or removed rule moves each case it applies to; a case only one export has (a \
      schema change excluded its rows) moves each rule that applied to it to or from \
      not_applicable. Example: caseaudit rules diff Rules/iro Rules/iro-2023 --data \
      Samples/demo-la --period 2021-04-01..2022-03-31
      With --redact, cases, IROs and teams are keyed pseudonyms, as in caseaudit audit \
      --redact; the key is .caseaudit/redaction.key in the working folder unless --redact-key \
      names it.
      """
  )

  /// Output formats.
  enum Format: String, CaseIterable {
    case md, json
  }

  @Argument(help: "The pack as it is.")
  var old: String

  @Argument(help: "The pack as it would be.")
  var new: String

  @OptionGroup var export: DataArguments

  @OptionGroup var when: ContextArguments

  @Option(help: "Output format: md or json.")
  var format: Format = .md

  @OptionGroup var redaction: RedactionArguments

  func run() throws {
    let context = try when.context()
    let redactor = try redaction.redactor(keyFolder: ".caseaudit")
    let oldPack = try PackArgument(pack: old).load(requiringRules: false)
    let newPack = try PackArgument(pack: new).load(requiringRules: false)
    let progress = ProgressLine()
    var oldData = try export.load(schema: oldPack.schema, progress: progress)
    var newData = try export.load(schema: newPack.schema, progress: progress)
    if let redactor {
      oldData.dataset = oldData.dataset.redacted(by: redactor)
      newData.dataset = newData.dataset.redacted(by: redactor)
    }
    DiagnosticPrinter.print(newData.diagnostics)
    let diff = RulesDiff(
      old: oldPack, new: newPack, oldData: oldData.dataset, newData: newData.dataset,
      context: context)
    let report = RulesDiffReport(diff: diff)
    print(format == .md ? report.markdown(old: old, new: new) : try report.json(), terminator: "")
  }
}
