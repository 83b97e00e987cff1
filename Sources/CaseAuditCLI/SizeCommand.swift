import ArgumentParser
import CaseAudit

/// `caseaudit size`: how many cases to sample for attribute-sampling assurance.
struct SizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "size",
    abstract: "Print the sample size for attribute sampling.",
    discussion: """
      The smallest sample whose one-sided upper confidence bound on the deviation rate, \
      allowing the expected deviations, is within the tolerable rate: binomial, or \
      hypergeometric when --population is given. Example: caseaudit size --confidence 0.95 \
      --tolerable-rate 0.05 prints 59.
      """
  )

  @Option(help: "Confidence level, e.g. 0.95.")
  var confidence: Double

  @Option(name: .customLong("tolerable-rate"), help: "Tolerable deviation rate, e.g. 0.05.")
  var tolerableRate: Double

  @Option(name: .customLong("expected-errors"), help: "Deviations expected in the sample.")
  var expectedErrors = 0

  @Option(help: "The population size, when known (hypergeometric).")
  var population: Int?

  @Flag(help: "Explain the figure on a second line.")
  var explain = false

  func validate() throws {
    guard confidence > 0, confidence < 1 else {
      throw ValidationError("--confidence must be between 0 and 1, e.g. 0.95")
    }
    guard tolerableRate > 0, tolerableRate < 1 else {
      throw ValidationError("--tolerable-rate must be between 0 and 1, e.g. 0.05")
    }
    guard expectedErrors >= 0 else { throw ValidationError("--expected-errors must be 0 or more") }
    if let population, population < 1 { throw ValidationError("--population must be at least 1") }
  }

  func run() {
    let size: Int
    if let population {
      size = SampleSize.hypergeometric(
        confidence: confidence, tolerableRate: tolerableRate, expectedDeviations: expectedErrors,
        population: population)
    } else {
      size = SampleSize.binomial(
        confidence: confidence, tolerableRate: tolerableRate, expectedDeviations: expectedErrors)
    }
    print(size)
    if explain {
      let model = population.map { "hypergeometric, population \($0)" } ?? "binomial"
      print(
        "with \(expectedErrors) deviation\(expectedErrors == 1 ? "" : "s") in \(size) cases, the"
          + " \(Int((confidence * 100).rounded()))% upper bound on the deviation rate is within"
          + " \(tolerableRate * 100)% (\(model))")
    }
  }
}
