extension FieldType {
  /// Reads a field's text as its typed value; empty text is null. Fails with a message naming
  /// the value and what was expected.
  ///
  /// Text is never reinterpreted by YAML's rules: `PN0`, `on`, `no` and `010` stay as written
  /// when the field is text or a code.
  public func value(from text: String, field: String) -> Result<Value, ExpressionError> {
    if text.isEmpty { return .success(.null) }
    switch base {
    case .id, .string, .ref: return .success(.string(text))
    case .code(let codes):
      if codes.contains(text) { return .success(.string(text)) }
      let hint = NearMiss.hint(
        for: text, among: codes, expected: "one of " + codes.joined(separator: ", "))
      return .failure(ExpressionError("'\(text)' is not a code of '\(field)'\(hint)", at: 0))
    case .int:
      if let number = Int(text) { return .success(.int(number)) }
      return .failure(ExpressionError("'\(text)' is not a whole number for '\(field)'", at: 0))
    case .decimal:
      if let number = Double(text), number.isFinite { return .success(.decimal(number)) }
      return .failure(ExpressionError("'\(text)' is not a number for '\(field)'", at: 0))
    case .bool:
      switch text.lowercased() {
      case "true": return .success(.bool(true))
      case "false": return .success(.bool(false))
      default:
        return .failure(ExpressionError("'\(text)' is not true or false for '\(field)'", at: 0))
      }
    case .date:
      if let day = Day(iso: text) { return .success(.date(day)) }
      return .failure(
        ExpressionError("'\(text)' is not a date (YYYY-MM-DD) for '\(field)'", at: 0))
    }
  }
}
