import Foundation
import Testing

@testable import CaseAudit

/// The shipped pack's files, as texts keyed by their path in the pack.
private func shippedFiles() throws -> [String: String] {
  let root = Fixture.repositoryRoot + "/Rules/iro"
  var files: [String: String] = [:]
  let paths = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
  for path in paths where path.hasSuffix(".yaml") {
    files[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
  }
  return files
}

/// The shipped pack, with its calendar cut to the years from `firstYear` when given.
private func shippedPack(calendarFrom firstYear: Int? = nil) throws -> RulePack {
  var files = try shippedFiles()
  let calendarPath = "calendars/england-and-wales.yaml"
  if let firstYear {
    let calendar = try #require(files[calendarPath])
    files[calendarPath] = calendar.split(separator: "\n").filter { line in
      Int(line.prefix(4)).map { $0 >= firstYear } ?? false
    }.joined(separator: "\n")
  }
  let result = PackLoader().load(InMemoryPackSource(displayPath: "iro", files: files))
  return try #require(result.pack, "\(result.diagnostics.map { $0.rendered() })")
}

/// The items of `iro_allocated_promptly` for a period of care that began on 21 August 2013
/// (the Wednesday before that year's August bank holiday) and an IRO allocated on `allocated`.
private func allocation(_ pack: RulePack, allocated: String, start: String = "2013-08-21")
  throws -> [ItemFinding]
{
  let text = """
    periods: [{period_id: P1, start: \(start)}]
    professionals: [{professional_id: IRO1, role: iro}]
    allocations: [{allocation_id: A1, professional_id: IRO1, role: iro, start: \(allocated)}]
    """
  let file = SourceFile(path: "case.yaml", text: text)
  var problems: [Diagnostic] = []
  let root = try #require(try YAMLReader().read(file).get())
  let built = try #require(
    ExampleRecords(file: file, schema: pack.schema).build(root, diagnostics: &problems))
  var frame = Frame(
    data: built.data, caseRecord: RecordRef(type: pack.schema.caseType, row: 0),
    params: pack.parameters.values, asAt: .null, period: .range(nil, nil),
    slotCount: pack.slotCount)
  let rule = try #require(pack.rule("iro_allocated_promptly"))
  return RuleEvaluator.evaluate(rule, frame: &frame).items
}

/// Issue 8 item 2: a period of 2013 was judged as if 26 August 2013 (a bank holiday) were a
/// working day, because the calendar began in 2015.
@Suite struct ShippedCalendarYearsTests {
  @Test func aCalendarWithoutTheYearGivesInsufficientEvidenceNamingItsYears() throws {
    let items = try allocation(try shippedPack(calendarFrom: 2015), allocated: "2013-08-28")
    #expect(items.map(\.outcome) == [.insufficientEvidence])
    #expect(
      items.map(\.message) == [
        "insufficient evidence: deadline unknown; working days are unknown outside the"
          + " calendar's years (the calendar covers 2015–2030)"
      ])
  }

  @Test(arguments: [
    ("2013-08-28", Outcome.met), ("2013-08-29", .met), ("2013-08-30", .notMet),
  ])
  func theShippedCalendarKnowsTheBankHolidayOf2013(allocated: String, expected: Outcome)
    throws
  {
    let items = try allocation(try shippedPack(), allocated: allocated)
    #expect(items.map(\.outcome) == [expected])
    #expect(items.first?.evidence.first { $0.name == "deadline" }?.value == "2013-08-29")
  }

  @Test func aMistypedCenturyGivesNoVerdict() throws {
    let items = try allocation(try shippedPack(), allocated: "2021-04-07", start: "1921-04-06")
    #expect(items.map(\.outcome) == [.insufficientEvidence])
    #expect(
      items.map(\.message) == [
        "insufficient evidence: deadline unknown; working days are unknown outside the"
          + " calendar's years (the calendar covers 1995–2030)"
      ])
  }
}
