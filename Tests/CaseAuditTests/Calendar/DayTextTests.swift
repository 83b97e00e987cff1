import Foundation
import Testing

@testable import CaseAudit

/// A day's text, written digit by digit for speed, against formatting its components.
@Suite struct DayTextTests {
  /// A number with zeros before it to the width.
  private func padded(_ number: Int, _ width: Int) -> String {
    String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
  }

  @Test func theTextIsTheComponentsZeroPadded() {
    let (first, last) = (Day.supportedNumbers.lowerBound, Day.supportedNumbers.upperBound)
    for number in Array(stride(from: first, through: last, by: 331)) + [first, last] {
      let day = Day(number: number)
      let (y, m, d) = day.components
      #expect(day.description == "\(padded(y, 4))-\(padded(m, 2))-\(padded(d, 2))")
      #expect(Day(iso: day.description) == day)
    }
    #expect(Day(number: first).description == "0001-01-01")
    #expect(Day(number: last).description == "9999-12-31")
  }

  @Test func aDayPastTheLastYearKeepsItsFiveDigits() {
    #expect(Day(number: Day.supportedNumbers.upperBound + 1).description == "10000-01-01")
  }
}
