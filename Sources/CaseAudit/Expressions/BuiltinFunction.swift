/// A built-in function: its name, its parameters' names and types, its result type and what it
/// computes. Every call is compiled from this table, so a name is either here, with its own
/// implementation, or an unknown function.
struct BuiltinFunction: Sendable {
  /// What a built-in computes from its arguments' values (which may be null).
  enum Body: Sendable {
    /// A function of one argument.
    case one(@Sendable (Value) -> Value)
    /// A function of two arguments; the frame notes what made a result unknown (working days
    /// outside the calendar's years).
    case two(@Sendable (Value, Value, inout Frame) -> Value)
  }

  /// The function's name.
  var name: String
  /// Parameter names and types; a nil type accepts any value.
  var parameters: [(name: String, type: ValueType?)]
  /// The result's type.
  var result: ValueType
  /// The implementation, given the pack's calendar.
  var body: @Sendable (HolidayCalendar) -> Body

  /// The built-ins by name.
  static let named: [String: BuiltinFunction] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.name, $0) })

  /// Every built-in function.
  static let all: [BuiltinFunction] =
    [
      BuiltinFunction(
        name: "days_between", parameters: [("a", .date), ("b", .date)], result: .int
      ) { _ in
        .two(
          dates { a, b in
            let (days, overflow) = b.number.subtractingReportingOverflow(a.number)
            return overflow ? .null : .int(days)
          })
      },
      BuiltinFunction(
        name: "working_days_between", parameters: [("a", .date), ("b", .date)], result: .int
      ) { calendar in
        .two { a, b, frame in
          guard case .date(let first) = a, case .date(let second) = b else { return .null }
          return calendar.workingDaysValue(from: first, to: second, frame: &frame)
        }
      },
      BuiltinFunction(
        name: "age_on", parameters: [("dob", .date), ("d", .date)], result: .int
      ) { _ in
        // Before the date of birth there is no age: a dob after the date is a data error, and a
        // negative age must not decide a rule.
        .two(dates { dob, day in day < dob ? .null : .int(day.age(bornOn: dob)) })
      },
      BuiltinFunction(name: "month", parameters: [("d", .date)], result: .string) { _ in
        .one(date { .string($0.monthText) })
      },
      BuiltinFunction(name: "year", parameters: [("d", .date)], result: .int) { _ in
        .one(date { .int($0.components.year) })
      },
      BuiltinFunction(name: "financial_year", parameters: [("d", .date)], result: .string) {
        _ in .one(date { .string($0.financialYear) })
      },
      BuiltinFunction(name: "lower", parameters: [("s", .string)], result: .string) { _ in
        .one { value in
          guard case .string(let text) = value else { return .null }
          return .string(text.lowercased())
        }
      },
      BuiltinFunction(name: "has", parameters: [("x", nil)], result: .bool) { _ in
        .one { .bool(!$0.isNull) }
      },
    ]
    + DurationUnit.allCases.map { unit in
      BuiltinFunction(name: unit.rawValue, parameters: [("n", .int)], result: .duration) { _ in
        .one { value in
          guard case .int(let count) = value else { return .null }
          return .duration(Duration(count, unit))
        }
      }
    }

  /// A function of one date: null unless given a date.
  private static func date(_ body: @escaping @Sendable (Day) -> Value)
    -> @Sendable (Value) -> Value
  {
    { value in
      guard case .date(let day) = value else { return .null }
      return body(day)
    }
  }

  /// A function of two dates: null unless given two dates.
  private static func dates(_ body: @escaping @Sendable (Day, Day) -> Value)
    -> @Sendable (Value, Value, inout Frame) -> Value
  {
    { a, b, _ in
      guard case .date(let first) = a, case .date(let second) = b else { return .null }
      return body(first, second)
    }
  }
}
