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
    /// A function of three arguments.
    case three(@Sendable (Value, Value, Value) -> Value)
  }

  /// Three-letter month keys in calendar order, as `month_key` gives them.
  static let monthKeys = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// The most dates `years_back` gives: a report's columns, not a loop over centuries.
  static let maximumYearsBack = 100

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
      BuiltinFunction(name: "month_key", parameters: [("d", .date)], result: .string) { _ in
        .one(date { .string(monthKeys[$0.components.month - 1]) })
      },
      BuiltinFunction(
        name: "date", parameters: [("year", .int), ("month", .int), ("day", .int)],
        result: .date
      ) { _ in
        .three { year, month, day in
          guard case .int(let y) = year, case .int(let m) = month, case .int(let d) = day,
            let made = Day(year: y, month: m, day: d)
          else { return .null }
          return .date(made)
        }
      },
      BuiltinFunction(
        name: "years_back", parameters: [("d", .date), ("n", .int)], result: .list(.date)
      ) { _ in
        // The n dates a year apart ending on d, oldest first: "31 March of the last 7 years".
        .two { last, count, _ in
          guard case .date(let day) = last, case .int(let n) = count,
            (1...maximumYearsBack).contains(n)
          else { return .null }
          let days = (0..<n).reversed().map { day.adding(months: -12 * $0) }
          guard days.allSatisfy({ $0 != nil }) else { return .null }
          return .list(days.map { .date($0!) })
        }
      },
      BuiltinFunction(name: "text", parameters: [("x", nil)], result: .string) { _ in
        // A number or date as text, so a row key may be `17` in one branch and `18_and_over` in
        // another; unknown stays unknown.
        .one { value in
          switch value {
          case .int(let number): .string(String(number))
          case .string: value
          case .date(let day): .string(day.description)
          case .bool(let flag): .string(flag ? "true" : "false")
          case .null, .decimal, .duration, .range, .record, .list, .pair: .null
          }
        }
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
