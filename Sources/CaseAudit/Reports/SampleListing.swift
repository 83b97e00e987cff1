import Foundation

/// A drawn sample as a table, CSV or JSON: each case with its stratum and priority key.
public struct SampleListing: Sendable {
  /// The sample.
  public let sample: Sample
  /// Cases left out of the frame because their population membership was unknown.
  public let undecided: Int
  /// Cases whose weight could not be used.
  public let invalidWeights: [InvalidWeight]
  /// What the reader must know about the sample.
  public let warnings: [SamplingWarning]

  /// Creates a listing.
  public init(
    sample: Sample, undecided: Int = 0, invalidWeights: [InvalidWeight] = [],
    warnings: [SamplingWarning] = []
  ) {
    self.sample = sample
    self.undecided = undecided
    self.invalidWeights = invalidWeights
    self.warnings = warnings
  }

  /// A plain table: strata, then cases.
  public func table() -> String {
    var out = "seed \(sample.seed); population \(sample.population); sample \(sample.cases.count)\n"
    if undecided > 0 {
      out += "\(undecided) cases left out: their population membership could not be decided\n"
    }
    for warning in warnings { out += "warning: \(warning.message)\n" }
    let strata =
      [["stratum", "population", "sample"]]
      + sample.strata.map { [$0.name, String($0.population), String($0.sample)] }
    out += "\n" + TextTable.render(strata, rightAligned: [1, 2])
    let cases =
      [["case_id", "stratum", "key"]]
      + sample.cases.map { [$0.frameCase.caseID, $0.frameCase.stratum, $0.key.hex] }
    out += "\n" + TextTable.render(cases, rightAligned: [])
    return out
  }

  /// CSV: one row per case, its cells neutralised against spreadsheet formulas.
  public func csv() -> String {
    var buffer = CSVBuffer(header: ["case_id", "stratum", "key"])
    for drawn in sample.cases {
      buffer.append(
        SpreadsheetText.neutralised(drawn.frameCase.caseID),
        SpreadsheetText.neutralised(drawn.frameCase.stratum), drawn.key.hex)
    }
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  /// JSON: `{"seed", "population", "strata": [...], "cases": [...], "invalid_weights":
  /// [{"case_id", "reason"}], "warnings": [text]}`, keys sorted.
  public func json() throws -> String {
    struct Stratum: Encodable {
      let stratum: String
      let population: Int
      let sample: Int
    }
    struct Case: Encodable {
      let caseID: String
      let stratum: String
      let key: String
      enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case stratum, key
      }
    }
    struct Invalid: Encodable {
      let caseID: String
      let reason: String
      enum CodingKeys: String, CodingKey {
        case caseID = "case_id"
        case reason
      }
    }
    struct Document: Encodable {
      let seed: UInt64
      let population: Int
      let strata: [Stratum]
      let cases: [Case]
      let invalidWeights: [Invalid]
      let warnings: [String]
      enum CodingKeys: String, CodingKey {
        case seed, population, strata, cases, warnings
        case invalidWeights = "invalid_weights"
      }
    }
    let document = Document(
      seed: sample.seed, population: sample.population,
      strata: sample.strata.map {
        Stratum(stratum: $0.name, population: $0.population, sample: $0.sample)
      },
      cases: sample.cases.map {
        Case(caseID: $0.frameCase.caseID, stratum: $0.frameCase.stratum, key: $0.key.hex)
      },
      invalidWeights: invalidWeights.map { Invalid(caseID: $0.caseID, reason: $0.reason.rawValue) },
      warnings: warnings.map(\.message))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}
