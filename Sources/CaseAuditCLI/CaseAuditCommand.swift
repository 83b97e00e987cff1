import ArgumentParser
import CaseAudit
import Foundation

// C's `stdout` is read once, after the command ran, on the main thread: the import lets Swift 6
// accept that.
#if canImport(Glibc)
  @preconcurrency import SwiftGlibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// The `caseaudit` command: audit and dip-sampling of children's social care case records.
@main
struct CaseAuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "caseaudit",
    abstract: "Audit children's social care case records against practice standards.",
    discussion: """
      Practice standards are YAML rule packs (see Rules/iro); audit plans (see Samples/) say \
      what to sample. Start with: caseaudit audit Samples/iro-quarterly-dip-sample.yaml. \
      Exit codes: 0 success, 1 invalid rules, plan or data, 2 rule examples failed, 64 usage \
      error.
      """,
    subcommands: [
      AuditCommand.self, ReportCommand.self, SampleCommand.self, RulesCommand.self,
      DataCommand.self, ScoreCommand.self, SizeCommand.self, GenerateCommand.self,
      HistoryCommand.self, UsersCommand.self, ServeCommand.self,
    ]
  )

  /// Runs the command; a diagnostic thrown by the library prints as itself ("error: ...", with
  /// its source line when it has one) and exits 1, rather than behind ArgumentParser's prefix.
  static func main() {
    var command: ParsableCommand
    do {
      command = try parseAsRoot(NumericArgument.marked(Array(CommandLine.arguments.dropFirst())))
    } catch {
      exit(withError: error)
    }
    // A command runs once and exits, so the memory it frees is better kept for reuse than
    // returned; the workspace server runs for days, and gives back what it no longer needs.
    if !(command is ServeCommand) { HeapRetention.keepFreedMemory() }
    do {
      try command.run()
      try StandardOutput.flush()
    } catch let diagnostic as Diagnostic {
      DiagnosticPrinter.print([diagnostic])
      Foundation.exit(1)
    } catch let error as ValidationError {
      StandardError.write(usageError(error, of: type(of: command)))
      Foundation.exit(ExitCode.validationFailure.rawValue)
    } catch {
      exit(withError: error)
    }
  }

  /// A usage error found once a command ran (an audit id the history does not hold), with that
  /// command's usage: ArgumentParser would show the root's, which says nothing of the command.
  static func usageError(_ error: ValidationError, of command: ParsableCommand.Type) -> String {
    let synopsis = usageString(for: command)
    // The synopsis starts with the command's names (`caseaudit history show`), then its
    // arguments and options.
    let names = synopsis.split(separator: " ")
      .prefix { !$0.hasPrefix("<") && !$0.hasPrefix("[") && !$0.hasPrefix("-") }
      .joined(separator: " ")
    return "Error: \(error.message)\nUsage: \(synopsis)\n"
      + "  See '\(names) --help' for more information.\n"
  }
}

/// `caseaudit rules ...`: check, test and document a rule pack.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "Check, test and document a rule pack.",
    subcommands: [
      RulesCheckCommand.self, RulesTestCommand.self, RulesDocsCommand.self, RulesDiffCommand.self,
    ]
  )
}

/// Prints diagnostics to standard error, one block each.
enum DiagnosticPrinter {
  /// Prints each diagnostic, rendered with its source line and caret.
  static func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { StandardError.write(diagnostic.rendered() + "\n") }
  }
}

/// Standard error, for diagnostics and progress, never mixed into a command's output.
enum StandardError {
  /// Writes text to standard error. When it is closed or full there is nowhere left to report
  /// that, so the text is dropped (`FileHandle.write(_:)` would trap instead).
  static func write(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }
}

/// Standard output, whose buffered bytes are written before the exit code is chosen: a report
/// printed onto a full disk (`> /dev/full`) or a closed output is an error, never a silent
/// success with the report cut short.
enum StandardOutput {
  /// Writes what is buffered; an error when any of the output could not be written (a large
  /// `print` bypasses the buffer, so the stream's error flag is checked as well).
  static func flush() throws {
    guard fflush(stdout) != 0 || ferror(stdout) != 0 else { return }
    throw Diagnostic.error("the output could not be written in full")
  }
}
