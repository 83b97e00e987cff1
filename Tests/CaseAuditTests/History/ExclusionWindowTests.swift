import Foundation
import Testing

@testable import CaseAudit

/// An exclusion window is timed with the pack's calendar: in working days it must stay within
/// the calendar's years; in other units it may reach back before 0001-01-01 (every audit).
@Suite struct ExclusionWindowTests {
  private func withStore(_ body: (HistoryStore) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseaudit-window-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(try HistoryStore(path: folder.path + "/history.sqlite"))
  }

  @Test func workingDaysOutsideTheCalendarAreAnError() throws {
    let calendar = HolidayCalendar(holidays: [], coveredYears: 2021...2022)
    try withStore { (store: HistoryStore) throws in
      #expect(
        try store.casesAudited(
          within: Duration(20, .workingDays), before: Day(iso: "2022-03-31")!,
          calendar: calendar) == [])
      #expect {
        try store.casesAudited(
          within: Duration(20, .workingDays), before: Day(iso: "2021-01-10")!,
          calendar: calendar)
      } throws: { error in
        (error as? Diagnostic)?.rendered()
          == "error: the exclusion window of 20 working_days before 2021-01-10 reaches outside"
          + " the calendar's years (2021–2022); give it in days, weeks, months or years"
      }
    }
  }

  @Test func aWindowBeforeTheFirstDayCoversEveryEarlierAudit() throws {
    try withStore { (store: HistoryStore) throws in
      #expect(
        try store.casesAudited(
          within: Duration(.max, .months), before: Day(iso: "2022-03-31")!,
          calendar: .weekendsOnly) == [])
    }
  }
}
