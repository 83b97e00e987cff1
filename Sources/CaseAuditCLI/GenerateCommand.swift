import ArgumentParser
import CaseAudit

/// `caseaudit generate`: a synthetic export for demonstrations, tests and benchmarks.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a synthetic export shaped like a real IRO service's last seven years.",
    discussion: """
      The export holds the children looked after on some day of the seven reporting years \
      2015-16 to 2021-22 (as at 2022-03-31), with their periods of care from whenever they \
      began, in the flows and distributions of the reference annual report: about 26 in 100 \
      of them are looked after on the as-at date, so --children 1900 makes a service of about \
      500. The same seed gives the same files. Faults are injected at these default rates \
      (override with --fault NAME=RATE). Example: caseaudit generate --children 1900 --seed \
      2022 --out Samples/demo-la
      \(GeneratorOptions.faults.map { "  \($0.name)=\($0.rate): \($0.summary)" }
        .joined(separator: "\n"))
      """
  )

  @Option(
    help: """
      How many children in the export (over seven years), from 1 to \
      \(GeneratorOptions.childCounts.upperBound).
      """)
  var children: String

  @Option(help: "The seed, from 0 to \(UInt64.max); the same seed gives the same export.")
  var seed = "1"

  @Option(
    help: """
      The folder to write the CSV files into (created if missing); refused when it holds files \
      of the export's names that generate did not write.
      """)
  var out: String

  @Option(name: .customLong("rules"), help: "The rule pack whose calendar times the records.")
  var rules = "Rules/iro"

  @Option(name: .customLong("fault"), help: "Override a fault rate, as NAME=RATE (repeatable).")
  var faults: [String] = []

  @Option(
    help: """
      canonical (one CSV per record type) or ssda903 (the DfE return's Header, Episodes and \
      Reviews for 2021-22, with the 2020-21 return in DIR/previous).
      """)
  var format: ExportLoader.Format = .canonical

  /// The children and seed as numbers, each within its range.
  private func values() throws -> (children: Int, seed: UInt64) {
    (
      try NumericArgument.whole(children, "--children", in: GeneratorOptions.childCounts),
      try NumericArgument.whole(seed, "--seed", in: UInt64.min...UInt64.max)
    )
  }

  /// The generator's options: the numbers and every `--fault`, checked before any work.
  private func options() throws -> GeneratorOptions {
    let (children, seed) = try values()
    var options = GeneratorOptions(children: children, seed: seed)
    for fault in faults {
      do { try options.setFault(fault) } catch let error as Diagnostic {
        throw ValidationError(error.message)
      }
    }
    return options
  }

  func validate() throws { _ = try options() }

  func run() throws {
    let pack = try PackArgument(pack: rules).load(requiringRules: false)
    let options = try options()
    let export = SyntheticExport(options: options, calendar: pack.calendar)
    guard format == .ssda903 else {
      let buffers = try export.write(to: out)
      for (file, buffer) in buffers.files { print("\(out)/\(file): \(buffer.rowCount) rows") }
      return
    }
    let returns = try export.writeSSDA903(to: out, schema: pack.schema)
    for (folder, files) in returns {
      for (file, buffer) in files { print("\(folder)/\(file): \(buffer.rowCount) rows") }
    }
  }
}
