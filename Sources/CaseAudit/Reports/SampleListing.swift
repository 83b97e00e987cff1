import Foundation

/// A drawn sample as a table, CSV or JSON: each case with its stratum and priority key.
public struct SampleListing: Sendable {
  /// The sample.
  public let sample: Sample
  /// Cases left out of the frame because their population membership was unknown.
  public let undecided: Int

  /// Creates a listing.
  public init(sample: Sample, undecided: Int = 0) {
    self.sample = sample
    self.undecided = undecided
  }

  /// A plain table: strata, then cases.
  public func table() -> String {
    var out = "seed \(sample.seed); population \(sample.population); sample \(sample.cases.count)\n"
    if undecided > 0 {
      out += "\(undecided) cases left out: their population membership could not be decided\n"
    }
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

  /// JSON: `{"seed", "population", "strata": [...], "cases": [...]}`, keys sorted.
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
    struct Document: Encodable {
      let seed: UInt64
      let population: Int
      let strata: [Stratum]
      let cases: [Case]
    }
    let document = Document(
      seed: sample.seed, population: sample.population,
      strata: sample.strata.map {
        Stratum(stratum: $0.name, population: $0.population, sample: $0.sample)
      },
      cases: sample.cases.map {
        Case(caseID: $0.frameCase.caseID, stratum: $0.frameCase.stratum, key: $0.key.hex)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}
