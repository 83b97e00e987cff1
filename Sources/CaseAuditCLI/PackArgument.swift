import ArgumentParser
import CaseAudit

/// The rule pack a command works on, and loading it with its diagnostics printed.
struct PackArgument: ParsableArguments {
  @Argument(help: "The rule pack folder, e.g. Rules/iro.")
  var pack: String

  init() {}

  /// A pack named by another option (`--rules`).
  init(pack: String) { self.pack = pack }

  /// Loads the pack, printing every diagnostic; exits 1 when it has errors, or when it holds
  /// no rules and `requiringRules` (a command that checks or scores standards needs some).
  func load(requiringRules: Bool = true) throws -> RulePack {
    let result = PackLoader().load(path: pack)
    DiagnosticPrinter.print(result.diagnostics)
    guard let loaded = result.pack else { throw ExitCode(1) }
    if requiringRules, let problem = loaded.withoutStandards {
      DiagnosticPrinter.print([problem])
      throw ExitCode(1)
    }
    return loaded
  }
}
