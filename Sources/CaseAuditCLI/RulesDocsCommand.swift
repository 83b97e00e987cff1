import ArgumentParser
import CaseAudit

extension PackDocumentWriter.Format: ExpressibleByArgument {}

/// `caseaudit rules docs PACK`: publish the standards as a readable document.
struct RulesDocsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "docs",
    abstract: "Write the pack's standards as a document, rule by rule, with their examples.",
    discussion: "Example: caseaudit rules docs Rules/iro --format html -o standards.html"
  )

  @OptionGroup var pack: PackArgument

  @Option(help: "Output format: md or html.")
  var format: PackDocumentWriter.Format = .md

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  func run() throws {
    let loaded = try pack.load()
    let text = PackDocumentWriter.render(PackDocument(pack: loaded), as: format)
    if let output {
      try AtomicFile.write(text, to: output)
    } else {
      print(text, terminator: "")
    }
  }
}
