extension ExpressionCompiler {
  func arithmetic(
    _ op: ArithmeticOperator, _ lhs: Compiled, _ rhs: Compiled, at: Int, _ source: ExpressionSource
  ) throws -> Compiled {
    let (l, r) = (lhs.eval, rhs.eval)
    let calendar = self.calendar
    switch (op, lhs.type, rhs.type) {
    case (.plus, .date, .duration), (.minus, .date, .duration), (.plus, .date, .null),
      (.minus, .date, .null):
      let sign = op == .plus ? 1 : -1
      return Compiled(.date) { frame in
        guard case .date(let day) = l(&frame), case .duration(let duration) = r(&frame) else {
          return .null
        }
        return .date(calendar.add(Duration(sign * duration.count, duration.unit), to: day))
      }
    case (.plus, .duration, .date):
      return Compiled(.date) { frame in
        guard case .duration(let duration) = l(&frame), case .date(let day) = r(&frame) else {
          return .null
        }
        return .date(calendar.add(duration, to: day))
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
    var combine: (@Sendable (Int, Int) -> Int)?
    switch op {
    case .plus: (apply, combine) = ({ $0 + $1 }, { $0 &+ $1 })
    case .minus: (apply, combine) = ({ $0 - $1 }, { $0 &- $1 })
    case .times: (apply, combine) = ({ $0 * $1 }, { $0 &* $1 })
    case .divide: apply = { $1 == 0 ? nil : $0 / $1 }
    }
    if lhs.type == .decimal || rhs.type == .decimal { combine = nil }
    if let combine {
      return Compiled(.int) { frame in
        guard case .int(let a) = l(&frame), case .int(let b) = r(&frame) else { return .null }
        return .int(combine(a, b))
      }
    }
    return Compiled(.decimal) { frame in
      guard let a = l(&frame).number, let b = r(&frame).number, let result = apply(a, b) else {
        return .null
      }
      return .decimal(result)
    }
  }
}
