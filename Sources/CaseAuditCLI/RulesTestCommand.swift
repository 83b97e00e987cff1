import ArgumentParser
import CaseAudit

/// `caseaudit rules test PACK`: run every rule's examples as tests.
struct RulesTestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run every example of every rule and report failures at the example's line.",
    discussion: """
      Ends with 'N passed, N failed'. Exits 1 when the pack has errors, 2 when an example \
      fails. Example: caseaudit rules test Rules/iro --rule reviews_within_timescale
      """
  )

  @OptionGroup var pack: PackArgument

  @Option(name: .customLong("rule"), help: "Run only the examples of this rule id (repeatable).")
  var rules: [String] = []

  @Flag(name: .shortAndLong, help: "List every example with its result.")
  var verbose = false

  func run() throws {
    let loaded = try pack.load()
    for id in rules where loaded.rule(id) == nil {
      throw ValidationError(
        "no rule '\(id)' in \(pack.pack)"
          + NearMiss.hint(for: id, among: loaded.rules.map(\.id)))
    }
    let runner = ExampleRunner(pack: loaded)
    var passed = 0
    var failed = 0
    for rule in loaded.rules where rules.isEmpty || rules.contains(rule.id) {
      for example in rule.examples {
        let outcome = runner.run(example, of: rule)
        if let failure = outcome.failure {
          failed += 1
          print(failure.rendered())
        } else {
          passed += 1
          if verbose { print("passed: \(rule.id): \(example.name)") }
        }
      }
    }
    print("\(passed) passed, \(failed) failed")
    if failed > 0 { throw ExitCode(2) }
  }
}
