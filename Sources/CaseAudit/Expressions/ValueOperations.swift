extension Value {
  /// Equality of two known values; numbers compare by value.
  public static func same(_ lhs: Value, _ rhs: Value) -> Bool {
    // Whole numbers compare exactly: beyond 2^53 a double would make neighbours equal.
    if case .int(let a) = lhs, case .int(let b) = rhs { return a == b }
    // Records, texts and dates (most comparisons of a census) are compared directly: the
    // derived `==` of two values copies both first.
    if case .record(let a) = lhs, case .record(let b) = rhs { return a == b }
    if case .string(let a) = lhs, case .string(let b) = rhs { return a == b }
    if case .date(let a) = lhs, case .date(let b) = rhs { return a == b }
    if let a = lhs.number, let b = rhs.number { return a == b }
    return lhs == rhs
  }

  /// Three-way comparison of two known values of one kind; nil when they cannot be ordered.
  public static func compare(_ lhs: Value, _ rhs: Value) -> Int? {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return a == b ? 0 : (a < b ? -1 : 1)
    case (.date(let a), .date(let b)): return a == b ? 0 : (a < b ? -1 : 1)
    case (.string(let a), .string(let b)): return a == b ? 0 : (a < b ? -1 : 1)
    default:
      guard let a = lhs.number, let b = rhs.number else { return nil }
      return a == b ? 0 : (a < b ? -1 : 1)
    }
  }

  /// Kleene conjunction: false wins, then unknown, then true.
  public static func and(_ lhs: Value, _ rhs: Value) -> Value {
    if lhs.isFalse || rhs.isFalse { return .bool(false) }
    if lhs.isNull || rhs.isNull { return .null }
    return .bool(true)
  }

  /// Kleene disjunction: true wins, then unknown, then false.
  public static func or(_ lhs: Value, _ rhs: Value) -> Value {
    if lhs.isTrue || rhs.isTrue { return .bool(true) }
    if lhs.isNull || rhs.isNull { return .null }
    return .bool(false)
  }

  /// Kleene negation: unknown stays unknown.
  public static func not(_ value: Value) -> Value {
    if case .bool(let flag) = value { return .bool(!flag) }
    return .null
  }
}

extension Dataset {
  /// A value as report text: dates ISO, records by key, lists joined, null as `unknown`.
  public func render(_ value: Value) -> String {
    switch value {
    case .null: return "unknown"
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let number): return String(number)
    case .decimal(let number):
      let rounded = (number * 1000).rounded() / 1000
      // A whole number past Int's range (9.3e18) is written as a decimal, not converted.
      if let whole = Int(exactly: rounded) { return String(whole) }
      return rounded.isFinite ? String(rounded) : String(number)
    case .string(let text): return text
    case .date(let day): return day.description
    case .duration(let duration): return duration.description
    case .range(let start, let end):
      return "\(start?.description ?? "")..\(end?.description ?? "")"
    case .record(let record): return key(of: record)
    case .list(let items): return items.map(render).joined(separator: ", ")
    case .pair(let before, let after): return "\(render(before))..\(render(after))"
    }
  }
}
