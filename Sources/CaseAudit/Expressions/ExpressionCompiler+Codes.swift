/// The codes of a `code(...)` field an expression reads directly.
public struct CodeList: Sendable, Hashable {
  /// The field as `type.field`, for messages.
  public var field: String
  /// Its codes, in the schema's order.
  public var codes: [String]
}

extension ExpressionCompiler {
  /// Text compared with a code field (`==`, `!=`) must be one of its codes: a misspelt code
  /// would never match, and the rule would quietly fail every case. A function parameter
  /// compared with a code field hands the demand on to the function's callers.
  mutating func checkCodes(
    _ lhs: Compiled, _ lhsSyntax: Syntax, _ rhs: Compiled, _ rhsSyntax: Syntax,
    _ source: ExpressionSource
  ) throws {
    if let codes = lhs.codes { try demand(codes, of: rhs, rhsSyntax, source) }
    if let codes = rhs.codes { try demand(codes, of: lhs, lhsSyntax, source) }
  }

  /// `field in [...]`: each text in a literal list must be one of the field's codes.
  mutating func checkCodes(
    _ lhs: Compiled, in rhs: Compiled, _ rhsSyntax: Syntax, _ source: ExpressionSource
  ) throws {
    guard let codes = lhs.codes else { return }
    let elements = Self.elementLiterals(of: rhsSyntax)
    if !elements.isEmpty {
      for (text, at) in elements { try check(text, at: at, codes, source) }
    } else if let slot = rhs.slot {
      listDemands[slot] = merged(listDemands[slot], codes)
    }
  }

  /// The arguments of a pack function whose parameters its body compares with code fields.
  mutating func checkCodes(
    arguments: [Compiled], _ syntax: [Syntax], slots: [Int], _ source: ExpressionSource
  ) throws {
    for (index, slot) in slots.enumerated() {
      if let codes = codeDemands[slot] {
        try demand(codes, of: arguments[index], syntax[index], source)
      }
      if let codes = listDemands[slot] {
        try checkCodes(
          Compiled.reading(codes), in: arguments[index], syntax[index], source)
      }
    }
  }

  private mutating func demand(
    _ codes: CodeList, of value: Compiled, _ syntax: Syntax, _ source: ExpressionSource
  ) throws {
    let literals = Self.valueLiterals(of: syntax)
    if !literals.isEmpty {
      for (text, at) in literals { try check(text, at: at, codes, source) }
    } else if let slot = value.slot {
      codeDemands[slot] = merged(codeDemands[slot], codes)
    }
  }

  private func check(
    _ text: String, at offset: Int, _ codes: CodeList, _ source: ExpressionSource
  ) throws {
    guard !codes.codes.contains(text) else { return }
    let hint = NearMiss.hint(
      for: text, among: codes.codes,
      expected: "one of " + codes.codes.map { "'\($0)'" }.joined(separator: ", "))
    throw source.error("'\(text)' is not a code of \(codes.field)\(hint)", at: offset)
  }

  /// The text literals an expression can evaluate to: itself, or those of the branches of
  /// `?:` and the operands of `??`, so `x ? 'PN1' : 'PN9'` is checked like `'PN9'`.
  static func valueLiterals(of syntax: Syntax) -> [(String, Int)] {
    switch syntax {
    case .string(let text, let at): return [(text, at)]
    case .conditional(_, let whenTrue, let whenFalse, _):
      return valueLiterals(of: whenTrue) + valueLiterals(of: whenFalse)
    case .binary(.coalesce, let lhs, let rhs, _):
      return valueLiterals(of: lhs) + valueLiterals(of: rhs)
    default: return []
    }
  }

  /// The text literals a list expression can hold: a literal list's items, the branches of
  /// `?:` and `??`, and the values a `map` produces.
  static func elementLiterals(of syntax: Syntax) -> [(String, Int)] {
    switch syntax {
    case .list(let items, _): return items.flatMap(valueLiterals(of:))
    case .conditional(_, let whenTrue, let whenFalse, _):
      return elementLiterals(of: whenTrue) + elementLiterals(of: whenFalse)
    case .binary(.coalesce, let lhs, let rhs, _):
      return elementLiterals(of: lhs) + elementLiterals(of: rhs)
    case .method(_, LambdaListMethod.map.rawValue, let arguments, _):
      return arguments.last.map(valueLiterals(of:)) ?? []
    default: return []
    }
  }

  /// A parameter compared with two code fields may hold a code of either.
  private func merged(_ known: CodeList?, _ new: CodeList) -> CodeList {
    guard var known else { return new }
    known.codes += new.codes.filter { !known.codes.contains($0) }
    return known
  }
}

extension Compiled {
  /// A stand-in for a code field, to check a list argument against the field's codes.
  static func reading(_ codes: CodeList) -> Compiled {
    var compiled = Compiled(.string) { _ in .null }
    compiled.codes = codes
    return compiled
  }
}
