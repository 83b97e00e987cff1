import Foundation

/// The declared type of a schema field: `date`, `code(PN0,PN1)?`, `ref(professional)`.
public struct FieldType: Sendable, Hashable, CustomStringConvertible {
  /// The kinds of field.
  public enum Base: Sendable, Hashable {
    case id, string, int, decimal, bool, date
    case code([String])
    /// A reference to a record of the named type, by its key.
    case ref(String)
  }

  /// The kind of field.
  public var base: Base
  /// Whether the field may be empty (`?`).
  public var optional: Bool

  /// Creates a field type.
  public init(_ base: Base, optional: Bool = false) {
    self.base = base
    self.optional = optional
  }

  /// Parses `date`, `code(A,B)?`, `ref(child)`; nil with a reason when the text is no type.
  public static func parse(_ text: String) -> Result<FieldType, ExpressionError> {
    var body = text.trimmingCharacters(in: .whitespaces)
    let optional = body.hasSuffix("?")
    if optional { body.removeLast() }
    let simple: [String: Base] = [
      "id": .id, "string": .string, "int": .int, "decimal": .decimal, "bool": .bool, "date": .date,
    ]
    if let base = simple[body] { return .success(FieldType(base, optional: optional)) }
    for prefix in ["code(", "ref("] where body.hasPrefix(prefix) && body.hasSuffix(")") {
      let inside = body.dropFirst(prefix.count).dropLast()
      let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      if parts.contains(where: \.isEmpty) {
        return .failure(ExpressionError("'\(text)' has an empty name in its parentheses", at: 0))
      }
      if prefix == "ref(" {
        guard parts.count == 1 else {
          return .failure(ExpressionError("'\(text)' must name exactly one type", at: 0))
        }
        return .success(FieldType(.ref(parts[0]), optional: optional))
      }
      return .success(FieldType(.code(parts), optional: optional))
    }
    let names = Array(simple.keys) + ["code", "ref"]
    let hint = NearMiss.hint(
      for: body, among: names,
      expected:
        "id, string, int, decimal, bool, date, code(A,B,...) or ref(type), and '?' if optional")
    return .failure(ExpressionError("unknown field type '\(text)'\(hint)", at: 0))
  }

  /// The type as written in schema.yaml.
  public var description: String {
    let body: String
    switch base {
    case .id: body = "id"
    case .string: body = "string"
    case .int: body = "int"
    case .decimal: body = "decimal"
    case .bool: body = "bool"
    case .date: body = "date"
    case .code(let codes): body = "code(\(codes.joined(separator: ",")))"
    case .ref(let target): body = "ref(\(target))"
    }
    return body + (optional ? "?" : "")
  }
}
