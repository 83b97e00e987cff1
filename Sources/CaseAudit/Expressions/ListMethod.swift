/// A list method that evaluates an expression once per item: `exists(x, condition)`.
enum LambdaListMethod: String, CaseIterable, Sendable {
  case exists, all, none, filter, count
  case sortBy = "sort_by"
  case min, max, map
  case flatMap = "flat_map"

  /// What the expression after the item's name is, for messages: `exists(x, condition)`.
  var bodyRole: String {
    switch self {
    case .exists, .all, .none, .filter, .count: return "condition"
    case .sortBy, .min, .max: return "key"
    case .map: return "value"
    case .flatMap: return "list"
    }
  }
}

/// A list method that takes plain arguments, or none.
enum PlainListMethod: String, CaseIterable, Sendable {
  case count, first, last, nth
  case isEmpty = "is_empty"
  case previous, next, pairs

  /// Its parameters' names.
  var parameters: [String] {
    switch self {
    case .count, .first, .last, .isEmpty, .pairs: return []
    case .nth: return ["k"]
    case .previous, .next: return ["item"]
    }
  }
}

/// A list method's name and the forms it has (`count()` and `count(x, condition)`).
enum ListMethodName: Sendable {
  /// Only plain arguments (`nth(k)`).
  case plain(PlainListMethod)
  /// Only an item name and an expression (`exists(x, condition)`).
  case lambda(LambdaListMethod)
  /// Either form (`count()`, `count(x, condition)`).
  case both(PlainListMethod, LambdaListMethod)

  /// Looks a name up; nil when no list method has it.
  init?(_ name: String) {
    switch (PlainListMethod(rawValue: name), LambdaListMethod(rawValue: name)) {
    case (let plain?, let lambda?): self = .both(plain, lambda)
    case (let plain?, nil): self = .plain(plain)
    case (nil, let lambda?): self = .lambda(lambda)
    case (nil, nil): return nil
    }
  }

  /// Every list method's name.
  static var all: [String] {
    Array(Set(PlainListMethod.allCases.map(\.rawValue) + LambdaListMethod.allCases.map(\.rawValue)))
  }

  /// The plain form, if the method has one.
  var plain: PlainListMethod? {
    switch self {
    case .plain(let method), .both(let method, _): return method
    case .lambda: return nil
    }
  }

  /// The form with an item name and an expression, if the method has one.
  var lambda: LambdaListMethod? {
    switch self {
    case .lambda(let method), .both(_, let method): return method
    case .plain: return nil
    }
  }

  /// How the method is called, for a message about its arguments: `1 argument (k)`.
  var arity: String {
    switch self {
    case .plain(let plain): return ListMethodName.arity(of: plain)
    case .lambda(let lambda): return "2 arguments (x, \(lambda.bodyRole))"
    case .both(let plain, let lambda):
      return ListMethodName.arity(of: plain) + " or 2 (x, \(lambda.bodyRole))"
    }
  }

  private static func arity(of method: PlainListMethod) -> String {
    let parameters = method.parameters
    return "\(parameters.count) argument\(parameters.count == 1 ? "" : "s")"
      + (parameters.isEmpty ? "" : " (\(parameters.joined(separator: ", ")))")
  }
}
