extension ExpressionCompiler {
  func arithmetic(
    _ op: ArithmeticOperator, _ lhs: Compiled, _ rhs: Compiled, at: Int, _ source: ExpressionSource
  ) throws -> Compiled {
    let (l, r) = (lhs.eval, rhs.eval)
    let calendar = self.calendar
    switch (op, lhs.type, rhs.type) {
    case (.plus, .date, .duration), (.minus, .date, .duration), (.plus, .date, .null),
      (.minus, .date, .null):
      let backwards = op == .minus
      try checkShift(rhs, backwards: backwards, at: at, source)
      return Compiled(.date) { frame in
        guard case .date(let day) = l(&frame), case .duration(let duration) = r(&frame) else {
          return .null
        }
        return calendar.value(of: day, moved: duration, backwards: backwards, frame: &frame)
      }
    case (.plus, .duration, .date):
      try checkShift(lhs, backwards: false, at: at, source)
      return Compiled(.date) { frame in
        guard case .duration(let duration) = l(&frame), case .date(let day) = r(&frame) else {
          return .null
        }
        return calendar.value(of: day, moved: duration, backwards: false, frame: &frame)
      }
    case (.minus, .date, .date):
      throw source.error(
        "cannot subtract one date from another; use days_between(a, b) or"
          + " working_days_between(a, b)", at: at)
    case (.plus, .string, .string):
      return Compiled(.string) { frame in
        guard case .string(let a) = l(&frame), case .string(let b) = r(&frame) else {
          return .null
        }
        return .string(a + b)
      }
    default: break
    }
    if lhs.type == .invalid || rhs.type == .invalid { return Compiled(.invalid) { _ in .null } }
    let bothNumeric =
      (lhs.type.isNumeric || lhs.type == .null)
      && (rhs.type.isNumeric || rhs.type == .null)
    guard bothNumeric else {
      throw source.error(
        "'\(op.rawValue)' cannot combine \(described(lhs.type)) and \(described(rhs.type))", at: at)
    }
    let apply: @Sendable (Double, Double) -> Double?
    // Whole numbers report overflow, which is unknown, never a wrapped-around number.
    var combine: (@Sendable (Int, Int) -> (partialValue: Int, overflow: Bool))?
    switch op {
    case .plus: (apply, combine) = ({ $0 + $1 }, { $0.addingReportingOverflow($1) })
    case .minus: (apply, combine) = ({ $0 - $1 }, { $0.subtractingReportingOverflow($1) })
    case .times: (apply, combine) = ({ $0 * $1 }, { $0.multipliedReportingOverflow(by: $1) })
    case .divide: apply = { $1 == 0 ? nil : $0 / $1 }
    }
    if lhs.type == .decimal || rhs.type == .decimal { combine = nil }
    if let combine {
      if case .int(let a)? = lhs.constant, case .int(let b)? = rhs.constant {
        let (result, overflow) = combine(a, b)
        guard !overflow else {
          throw source.error("\(a) \(op.rawValue) \(b) \(ExpressionCompiler.overflows)", at: at)
        }
        return .constant(.int, .int(result))
      }
      return Compiled(.int) { frame in
        guard case .int(let a) = l(&frame), case .int(let b) = r(&frame) else { return .null }
        let (result, overflow) = combine(a, b)
        return overflow ? .null : .int(result)
      }
    }
    return Compiled(.decimal) { frame in
      guard let a = l(&frame).number, let b = r(&frame).number, let result = apply(a, b),
        result.isFinite
      else { return .null }
      return .decimal(result)
    }
  }

  /// The end of the message for constant whole-number arithmetic that overflows.
  static let overflows =
    "overflows: whole numbers run from \(Int.min) to \(Int.max)"

  /// A constant duration that takes every date outside the years 0001 to 9999 is an error.
  private func checkShift(
    _ duration: Compiled, backwards: Bool, at: Int, _ source: ExpressionSource
  ) throws {
    guard case .duration(let constant)? = duration.constant, DateShift.leavesTheYears(constant)
    else { return }
    throw source.error(DateShift.outsideTheYears(constant, backwards: backwards), at: at)
  }
}
