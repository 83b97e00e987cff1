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
      --tolerable-rate 0.05 prints 59. When no sample can meet the criterion (the expected \
      deviations are not below the tolerable rate's count in the population, or no sample of \
      up to \(SampleSize.populations.upperBound) cases does), it says so and exits 64.
      """
  )

  @Option(
    help: """
      Confidence level, from \(SampleSize.confidences.lowerBound) to \
      \(SampleSize.confidences.upperBound), e.g. 0.95.
      """)
  var confidence: String

  @Option(
    name: .customLong("tolerable-rate"),
    help: """
      Tolerable deviation rate, from \(SampleSize.tolerableRates.lowerBound) to \
      \(SampleSize.tolerableRates.upperBound), e.g. 0.05.
      """)
  var tolerableRate: String

  @Option(
    name: .customLong("expected-errors"),
    help:
      "Deviations expected in the sample, from 0 to \(SampleSize.expectedDeviations.upperBound).")
  var expectedErrors = "0"

  @Option(
    help: """
      The population size, when known (hypergeometric), from 1 to \
      \(SampleSize.populations.upperBound).
      """)
  var population: String?

  @Flag(help: "Explain the figure on a second line.")
  var explain = false

  /// The options as numbers, each within its range.
  private func values() throws -> (
    confidence: Double, rate: Double, expected: Int, population: Int?
  ) {
    (
      try NumericArgument.decimal(confidence, "--confidence", in: SampleSize.confidences),
      try NumericArgument.decimal(tolerableRate, "--tolerable-rate", in: SampleSize.tolerableRates),
      try NumericArgument.whole(
        expectedErrors, "--expected-errors", in: SampleSize.expectedDeviations),
      try population.map {
        try NumericArgument.whole($0, "--population", in: SampleSize.populations)
      }
    )
  }

  func validate() throws { _ = try values() }

  func run() throws {
    let (confidence, rate, expected, population) = try values()
    let found: Int?
    if let population {
      found = SampleSize.hypergeometric(
        confidence: confidence, tolerableRate: rate, expectedDeviations: expected,
        population: population)
    } else {
      found = SampleSize.binomial(
        confidence: confidence, tolerableRate: rate, expectedDeviations: expected)
    }
    guard let size = found else {
      // The options are well formed but ask for the impossible: a usage error, without the usage.
      StandardError.write(
        "error: \(SizeCommand.unmet(rate: rate, expected: expected, population: population))\n")
      throw ExitCode(64)
    }
    print(size)
    if explain {
      let model = population.map { "hypergeometric, population \($0)" } ?? "binomial"
      print(
        "with \(expected) deviation\(expected == 1 ? "" : "s") in \(size) cases, the"
          + " \(DecimalRate(confidence).percentText)% upper bound on the deviation rate is"
          + " within \(DecimalRate(rate).percentText)% (\(model))")
    }
  }

  /// Why no sample meets the criterion.
  private static func unmet(rate: Double, expected: Int, population: Int?) -> String {
    guard let population else {
      return "no sample of up to \(SampleSize.populations.upperBound) cases can show a rate"
        + " within \(rate) allowing \(expected) deviations"
    }
    let allowed = SampleSize.tolerableDeviations(rate: rate, population: population)
    return "no sample can show a rate within \(rate): \(expected) expected deviations are not"
      + " below the \(allowed) that rate allows in a population of \(population)"
  }
}
