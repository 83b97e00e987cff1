extension ExpressionCompiler {
  func arithmetic(
    _ op: String, _ lhs: Compiled, _ rhs: Compiled, at: Int, _ source: ExpressionSource
  ) throws -> Compiled {
    let (l, r) = (lhs.eval, rhs.eval)
    let calendar = self.calendar
    switch (op, lhs.type, rhs.type) {
    case ("+", .date, .duration), ("-", .date, .duration), ("+", .date, .null),
      ("-", .date, .null):
      let backwards = op == "-"
      return Compiled(.date) { frame in
        guard case .date(let day) = l(&frame), case .duration(let duration) = r(&frame) else {
          return .null
        }
        return calendar.value(of: day, moved: duration, backwards: backwards, frame: &frame)
      }
    case ("+", .duration, .date):
      return Compiled(.date) { frame in
        guard case .duration(let duration) = l(&frame), case .date(let day) = r(&frame) else {
          return .null
        }
        return calendar.value(of: day, moved: duration, backwards: false, frame: &frame)
      }
    case ("-", .date, .date):
      throw source.error(
        "cannot subtract one date from another; use days_between(a, b) or"
          + " working_days_between(a, b)", at: at)
    case ("+", .string, .string):
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
        "'\(op)' cannot combine \(described(lhs.type)) and \(described(rhs.type))", at: at)
    }
    let integral = lhs.type != .decimal && rhs.type != .decimal && op != "/"
    let apply: @Sendable (Double, Double) -> Double?
    switch op {
    case "+": apply = { $0 + $1 }
    case "-": apply = { $0 - $1 }
    case "*": apply = { $0 * $1 }
    default: apply = { $1 == 0 ? nil : $0 / $1 }
    }
    if integral {
      let combine: @Sendable (Int, Int) -> Int
      switch op {
      case "+": combine = { $0 &+ $1 }
      case "-": combine = { $0 &- $1 }
      default: combine = { $0 &* $1 }
      }
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
