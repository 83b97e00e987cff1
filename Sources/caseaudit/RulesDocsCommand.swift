import ArgumentParser
import CaseAudit

extension PackDocumentWriter.Format: ExpressibleByArgument {}

/// `caseaudit rules docs PACK`: publish the standards as a readable document.
struct RulesDocsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "docs",
    abstract: "Write the pack's standards as a document, rule by rule, with their examples."
  )

  @Argument(help: "The rule pack folder, e.g. Rules/iro.")
  var pack: String

  @Option(help: "Output format: md or html.")
  var format: PackDocumentWriter.Format = .md

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  func run() throws {
    let result = PackLoader().load(path: pack)
    DiagnosticPrinter.print(result.diagnostics)
    guard let loaded = result.pack else { throw ExitCode(1) }
    let text = PackDocumentWriter.render(PackDocument(pack: loaded), as: format)
    if let output {
      try AtomicFile.write(text, to: output)
    } else {
      print(text, terminator: "")
    }
  }
}
