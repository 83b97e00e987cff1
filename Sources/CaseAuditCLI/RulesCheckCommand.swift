import ArgumentParser
import CaseAudit
import Foundation

/// `caseaudit rules check PACK`: load and type-check a pack, reporting every problem.
struct RulesCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a rule pack: every key, name, field and type, at its line and column.",
    discussion: """
      Exits 1 when the pack has any error; warnings alone exit 0. Warns when the pack's \
      calendar does not cover this year (working days outside its years are unknown). \
      Example: caseaudit rules check Rules/iro
      """
  )

  @Argument(help: "The rule pack folder, e.g. Rules/iro.")
  var pack: String

  func run() throws {
    let result = PackLoader(today: Day(utc: Date())).load(path: pack)
    DiagnosticPrinter.print(result.diagnostics)
    let empty = result.pack?.withoutStandards
    if let empty { DiagnosticPrinter.print([empty]) }
    let errors = result.diagnostics.filter { $0.severity == .error }.count + (empty == nil ? 0 : 1)
    let warnings = result.diagnostics.filter { $0.severity == .warning }.count
    guard let loaded = result.pack, empty == nil else {
      print(
        "\(pack): \(errors) error\(errors == 1 ? "" : "s"),"
          + " \(warnings) warning\(warnings == 1 ? "" : "s")"
      )
      throw ExitCode(1)
    }
    let examples = loaded.rules.reduce(0) { $0 + $1.examples.count }
    let questions = loaded.questions.count
    let asked =
      questions == 0 ? "" : " \(questions) practice question\(questions == 1 ? "" : "s"),"
    print(
      "\(pack): pack '\(loaded.id)' version \(loaded.version): \(loaded.rules.count) rules,"
        + " \(examples) examples,\(asked) no errors,"
        + " \(warnings) warning\(warnings == 1 ? "" : "s")")
  }
}
