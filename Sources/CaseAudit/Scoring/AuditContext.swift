import Foundation

/// What a run scores against besides the records: the as-at date and the audit period.
public struct AuditContext: Sendable, Hashable {
  /// `audit.as_at`; nil when the run has none (rules judged "by the as-at date" are then
  /// insufficient evidence).
  public var asAt: Day?
  /// The first day of `audit.period`, or nil for open.
  public var periodStart: Day?
  /// The last day of `audit.period`, or nil for open.
  public var periodEnd: Day?

  /// Creates a context.
  public init(asAt: Day? = nil, periodStart: Day? = nil, periodEnd: Day? = nil) {
    self.asAt = asAt
    self.periodStart = periodStart
    self.periodEnd = periodEnd
  }

  /// Parses `START..END` (ISO dates; either may be left out for an open end).
  public static func parsePeriod(_ text: String) -> (Day?, Day?)? {
    guard let dots = text.range(of: "..") else { return nil }
    let startText = text[..<dots.lowerBound]
    let endText = text[dots.upperBound...]
    let start = Day(iso: startText)
    let end = Day(iso: endText)
    if (start == nil && !startText.isEmpty) || (end == nil && !endText.isEmpty) { return nil }
    if let start, let end, end < start { return nil }
    return (start, end)
  }

  /// A warning when the as-at date is before the period starts: nothing in the period has
  /// happened by then, so rules judged "by the as-at date" see none of it.
  public var asAtWarning: String? {
    guard let asAt, let periodStart, asAt < periodStart else { return nil }
    return "the as-at date \(asAt) is before the period's start \(periodStart); nothing in the"
      + " period has happened by then"
  }

  /// `audit.as_at` as a value.
  var asAtValue: Value { asAt.map { .date($0) } ?? .null }

  /// `audit.period` as a value.
  var periodValue: Value { .range(periodStart, periodEnd) }
}
