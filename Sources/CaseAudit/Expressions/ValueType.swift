/// The static type of an expression, checked when the pack loads.
public indirect enum ValueType: Sendable, Hashable {
  case bool, int, decimal, string, date, duration
  /// A date range such as `audit.period`.
  case range
  /// A record of the schema type with this index.
  case record(Int)
  case list(ValueType)
  /// A pair of consecutive items, from `xs.pairs()`.
  case pair(ValueType)
  /// The type of the literal `null`: fits anywhere.
  case null
  /// The type of a name whose definition had an error: accepted anywhere so one mistake is
  /// reported once, not again at every use.
  case invalid

  /// Whether the type is `int` or `decimal`.
  public var isNumeric: Bool { self == .int || self == .decimal }

  /// The item type of a list.
  public var element: ValueType? {
    if case .list(let element) = self { return element }
    return nil
  }

  /// The type both may be used as (`int` and `decimal` give `decimal`; `null` fits either).
  public func unified(with other: ValueType) -> ValueType? {
    if self == other { return self }
    switch (self, other) {
    case (.invalid, _), (_, .invalid): return .invalid
    case (.null, _): return other
    case (_, .null): return self
    case (.int, .decimal), (.decimal, .int): return .decimal
    case (.list(let a), .list(let b)): return a.unified(with: b).map { .list($0) }
    default: return nil
    }
  }

  /// The type's name in messages, with record types named by the schema.
  public func name(in schema: Schema) -> String {
    switch self {
    case .bool: return "bool"
    case .int: return "int"
    case .decimal: return "decimal"
    case .string: return "string"
    case .date: return "date"
    case .duration: return "duration"
    case .range: return "date range"
    case .record(let index): return schema.types[index].name
    case .list(let element): return "list of \(element.name(in: schema))"
    case .pair(let element): return "pair of \(element.name(in: schema))"
    case .null: return "null"
    case .invalid: return "invalid"
    }
  }
}

/// A pointer to one record of a dataset: its type and row.
public struct RecordRef: Sendable, Hashable {
  /// The schema type's index.
  public var type: Int32
  /// The row in that type's table.
  public var row: Int32

  /// Creates a pointer.
  public init(type: Int, row: Int) {
    self.type = Int32(type)
    self.row = Int32(row)
  }
}

/// A value during evaluation; `null` stands for both an empty field and an unknown result.
///
/// Only `pair` is boxed: a whole-enum `indirect` would allocate for every number, date and
/// record an expression produces.
public enum Value: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case decimal(Double)
  case string(String)
  case date(Day)
  case duration(Duration)
  /// A date range; a nil bound is open.
  case range(Day?, Day?)
  case record(RecordRef)
  case list([Value])
  indirect case pair(Value, Value)

  /// Whether the value is null (empty or unknown).
  public var isNull: Bool { if case .null = self { true } else { false } }

  /// Whether the value is `true` (a pattern match: the derived `==` costs far more).
  @inline(__always)
  public var isTrue: Bool { if case .bool(true) = self { true } else { false } }

  /// Whether the value is `false`.
  @inline(__always)
  public var isFalse: Bool { if case .bool(false) = self { true } else { false } }

  /// The value as a number, when it is one.
  public var number: Double? {
    switch self {
    case .int(let value): return Double(value)
    case .decimal(let value): return value
    default: return nil
    }
  }

  /// The value's items, when it is a list.
  public var items: [Value] {
    if case .list(let items) = self { return items }
    return []
  }
}
