/// Working days numbered in order over a span of days, so that counting them between two days
/// and finding the n-th one after a day each take constant time, however far apart the days.
///
/// A calendar with holidays keeps two tables over the years it covers (about 13,000 days for
/// 36 years); weekends alone need none, since every week has five working days.
struct WorkingDayIndex: Sendable {
  /// The day numbers the index answers for.
  let span: ClosedRange<Int>
  /// How the ordinals are found.
  private let storage: Storage

  private enum Storage: Sendable {
    /// Monday to Friday, counted arithmetically.
    case weekdays
    /// `before[i]`: working days among the span's first `i` days; `days[k]`: the day number of
    /// working day `k + 1`.
    case tables(before: [Int32], days: [Int32])
  }

  /// Monday 1969-12-29, from which weeks are counted.
  private static let monday = -3

  /// An index of weekdays over every supported day.
  static let weekdays = WorkingDayIndex(span: Day.supportedNumbers, storage: .weekdays)

  private init(span: ClosedRange<Int>, storage: Storage) {
    self.span = span
    self.storage = storage
  }

  /// An index over `span`, where a day works when `isWorkingDay` says so.
  init(span: ClosedRange<Int>, isWorkingDay: (Int) -> Bool) {
    var before: [Int32] = [0]
    var days: [Int32] = []
    before.reserveCapacity(span.count + 1)
    for number in span {
      if isWorkingDay(number) { days.append(Int32(number)) }
      before.append(Int32(days.count))
    }
    self.init(span: span, storage: .tables(before: before, days: days))
  }

  /// The ordinals of the span's working days: any ordinal here names one of them.
  /// (Half-open, since a span may hold no working day at all.)
  var ordinals: Range<Int> {
    ordinal(through: span.lowerBound - 1) + 1..<ordinal(through: span.upperBound) + 1
  }

  /// The ordinal of the last working day on or before `number`, which lies in the span or is
  /// the day before it; counting from one day's ordinal to another's counts working days.
  func ordinal(through number: Int) -> Int {
    switch storage {
    case .weekdays:
      let offset = number - WorkingDayIndex.monday
      let weeks = offset >= 0 ? offset / 7 : (offset - 6) / 7
      return 5 * weeks + min(offset - 7 * weeks + 1, 5)
    case .tables(let before, _):
      return Int(before[number - span.lowerBound + 1])
    }
  }

  /// The day number of the working day with this ordinal; nil when it is not in the span.
  func day(ofOrdinal ordinal: Int) -> Int? {
    guard ordinals.contains(ordinal) else { return nil }
    switch storage {
    case .weekdays:
      let position = ordinal - 1
      let weeks = position >= 0 ? position / 5 : (position - 4) / 5
      return WorkingDayIndex.monday + 7 * weeks + (position - 5 * weeks)
    case .tables(_, let days):
      return Int(days[ordinal - 1])
    }
  }
}
