import Foundation
import Testing

/// report.json's `consistency`, as far as these tests read it.
private struct Consistency: Decodable {
  struct Grouping: Decodable {
    let grouping: String
    let units: [Unit]
    let standards: [Standard]
  }

  struct Unit: Decodable, Equatable {
    let number: Int
    let unit: String
    let children: Int
  }

  struct Standard: Decodable {
    let rule_id: String
    let met: Int
    let decided: Int
    let units: [Result]
  }

  struct Result: Decodable, Equatable {
    let number: Int
    let met: Int
    let decided: Int
  }

  let definition: String
  let children: Int
  let groupings: [Grouping]
}

private struct ReportConsistency: Decodable {
  let consistency: Consistency
}

/// The definition the IRO pack's annual report gives for consistency.
private let definition =
  "Children looked after at some time in the period up to the as-at date, each counted under"
  + " the IRO and the social worker's team allocated on the last day they were looked after in"
  + " it: the as-at date, or the day before their care ended if it ended earlier (of the"
  + " allocations open that day, the latest start). Unallocated means no allocation on that"
  + " day; children not looked after in the period are not counted."

/// Consistency over the hand-made export of `ServiceReportExport`, counted by hand: who held
/// each child on the last day it was looked after in 2021-22.
@Suite struct ServiceReportConsistencyTests {
  /// The 2021-22 report of the hand-made export in JSON and Markdown; returns its folder.
  private func report(_ runner: CommandRunner) throws -> String {
    let export = try ServiceReportExport.write(in: runner)
    let out = runner.folder.appendingPathComponent("report").path
    let output = try runner.run([
      "report", "--rules", "Rules/iro", "--data", export, "--period", "2021-04-01..2022-03-31",
      "--out", out, "--format", "json,md",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    return out
  }

  // Looked after in the year: all but C04 (ended 31 March 2021, the day before), C09, C16 and
  // C20: 17 children. The day is 31 March 2022 but for C02 (ended on 31 March: 30 March), C10
  // (30 November), C18 (14 January) and C21 (9 September), who left care in the year.
  // IRO1 Ada Iro: C01, C02, C07, C10, C11, C13, C15, C18, C21, and C08 (IRO2 until as-at,
  // IRO1 from as-at: the later start holds him that day) = 10. IRO2 Ben Iro: C05, C06, C12,
  // C14, C17, C19 = 6. Unallocated: C03 (no IRO yet) = 1.
  // Teams: Court (SW2) C01, C05, C10, C13, C19 = 5; Children in Care (SW1) C03, C07, C08, C14
  // = 4; no team recorded (SW3) C02, C11, C17 = 3; unallocated C06, C12 (ended 31 January),
  // C15 (ended 30 November), C18, C21 = 5.
  // reviews_within_timescale (met / decided; see compliance_by_standard's hand count): Ada Iro
  // met C08, C10, C18; not met C02, C07, C11, C13, C15, C21 (C01 undecided) = 3/9; Ben Iro met
  // C05, C14, C17, C19 (C06, C12 undecided) = 4/4; C03 has no review = 0/0. Court met C05,
  // C10, C19, not met C13 = 3/4; Children in Care met C08, C14, not met C07 = 2/3; no team
  // recorded met C17, not met C02, C11 = 1/3; unallocated met C18, not met C15, C21 = 1/3.
  @Test func eachChildIsHeldByWhoeverHeldItOnItsLastDayInCare() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let out = try report(runner)
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))
    let consistency = try JSONDecoder().decode(ReportConsistency.self, from: data).consistency
    #expect(consistency.definition == definition)
    #expect(consistency.children == 17)
    let expected: [String: (units: [Consistency.Unit], reviews: [Consistency.Result])] = [
      "iro": (
        [.init(number: 1, unit: "Ada Iro", children: 10),
         .init(number: 2, unit: "Ben Iro", children: 6),
         .init(number: 3, unit: "unallocated", children: 1)],
        [.init(number: 1, met: 3, decided: 9), .init(number: 2, met: 4, decided: 4),
         .init(number: 3, met: 0, decided: 0)]
      ),
      "team": (
        [.init(number: 1, unit: "Children in Care", children: 4),
         .init(number: 2, unit: "Court", children: 5),
         .init(number: 3, unit: "no team recorded", children: 3),
         .init(number: 4, unit: "unallocated", children: 5)],
        [.init(number: 1, met: 2, decided: 3), .init(number: 2, met: 3, decided: 4),
         .init(number: 3, met: 1, decided: 3), .init(number: 4, met: 1, decided: 3)]
      ),
    ]
    #expect(consistency.groupings.map(\.grouping) == ["iro", "team"])
    for grouping in consistency.groupings {
      let wanted = try #require(expected[grouping.grouping])
      #expect(grouping.units == wanted.units, "grouping '\(grouping.grouping)'")
      let reviews = grouping.standards.first { $0.rule_id == "reviews_within_timescale" }
      #expect(reviews?.units == wanted.reviews, "grouping '\(grouping.grouping)'")
      #expect(reviews?.met == 7, "grouping '\(grouping.grouping)'")
      #expect(reviews?.decided == 13, "grouping '\(grouping.grouping)'")
    }
  }

  @Test func theDefinitionIsSaidUnderTheSection() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let out = try report(runner)
    let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    let heading = try #require(lines.firstIndex { $0.hasSuffix(" Consistency") })
    #expect(
      lines[(heading + 1)...].first { !$0.isEmpty }.map(String.init)
        == "Who is counted: \(definition) 17 children are counted.")
  }
}
