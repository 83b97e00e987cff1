import Testing

@testable import CaseAudit

/// A rule with a met and a not_met example, so that a pack loads without other warnings.
private let quietRule = """
  - id: probe
    title: Probe
    expect: has(dob)
    examples:
      - {name: a, outcome: met, case: {child: {dob: 2012-01-01}}}
      - {name: b, outcome: not_met, case: {}}
  """

/// Loads the fixture pack with a calendar file's text, as `rules check` would on `today`.
private func load(calendar: String, today: String? = nil) -> PackLoadResult {
  let files = [
    "pack.yaml": Fixture.manifest, "schema.yaml": Fixture.schema,
    "functions.yaml": Fixture.functions, "rules/main.yaml": quietRule, "calendar.yaml": calendar,
  ]
  let loader = PackLoader(today: today.flatMap { Day(iso: $0) })
  return loader.load(InMemoryPackSource(displayPath: "pack", files: files))
}

/// Calendar files: the years they list are the years they cover, without gaps, and `rules
/// check` warns when this year is not among them.
@Suite struct CalendarFileTests {
  @Test func everyYearBetweenTheFirstAndLastMustBeListed() {
    let result = load(calendar: "2020: [2020-12-25]\n2021: []\n2024: [2024-12-25]\n")
    #expect(
      Fixture.diagnostics(result) == """
        pack/calendar.yaml:3:1: error: the calendar lists 2020 to 2024 but not 2022, 2023; list \
        every year (an empty list for a year without holidays)
        2024: [2024-12-25]
        ^
        """)
    #expect(result.pack == nil)
  }

  @Test func yearsMustBeFourDigitYears() {
    let result = load(calendar: "0: []\n2021: [2021-12-27]\nyear: []\n")
    #expect(
      Fixture.diagnostics(result) == """
        pack/calendar.yaml:1:1: error: '0' is not a year (0001 to 9999)
        0: []
        ^
        pack/calendar.yaml:3:1: error: 'year' is not a year (0001 to 9999)
        year: []
        ^
        """)
  }

  @Test func anEmptyCalendarIsAnError() {
    #expect(
      Fixture.diagnostics(load(calendar: "{}\n")) == """
        pack/calendar.yaml:1:1: error: a calendar must map years to lists of dates
        {}
        ^
        """)
  }

  @Test func aCalendarWithoutThisYearIsAWarningOnlyWhenTodayIsGiven() throws {
    let calendar = "# bank holidays\n2020: [2020-12-25]\n2021: [2021-12-27]\n"
    let late = load(calendar: calendar, today: "2022-01-01")
    #expect(
      Fixture.diagnostics(late) == """
        pack/calendar.yaml:2:1: warning: the calendar covers 2020–2021, not this year (2022): \
        working days in 2022 are unknown until its bank holidays are added
        2020: [2020-12-25]
        ^
        """)
    let pack = try #require(late.pack)
    #expect(pack.calendar.coveredYears == 2020...2021)
    #expect(Fixture.diagnostics(load(calendar: calendar, today: "2021-12-31")) == "")
    #expect(Fixture.diagnostics(load(calendar: calendar, today: "2019-12-31")) != "")
    #expect(Fixture.diagnostics(load(calendar: calendar)) == "")
  }

  @Test func theShippedCalendarCoversItsYearsWithTheOneOffDays() throws {
    let pack = try #require(PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack)
    #expect(pack.calendar.coveredYears == 1995...2030)
    for oneOff in [
      "1995-05-08", "1999-12-31", "2002-06-04", "2011-04-29", "2012-06-05",
      "2020-05-08", "2022-09-19", "2023-05-08",
    ] {
      #expect(!pack.calendar.isWorkingDay(Day(iso: oneOff)!), "\(oneOff)")
    }
  }
}
