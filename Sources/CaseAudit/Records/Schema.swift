/// The record types a case is made of, as a pack's schema.yaml declares them.
public struct Schema: Sendable {
  /// One field of a record type.
  public struct Field: Sendable, Hashable {
    /// The field's name (a CSV column name).
    public var name: String
    /// Its declared type.
    public var type: FieldType
    /// For a `ref` field, the index of the referenced type.
    public var target: Int?
    /// Whether an export without this column means every value is empty (`absent: empty`);
    /// otherwise the field is *not provided* and rules reading it give insufficient evidence.
    public var absentMeansEmpty = false
    /// Whether the field holds something that identifies a person (a name): `--redact`
    /// replaces it, as it does every id and reference.
    public var personal = false
  }

  /// One record type.
  public struct RecordType: Sendable {
    /// The type's name (`review`).
    public var name: String
    /// The index of its key field.
    public var key: Int
    /// Its fields in declared order.
    public var fields: [Field]
    /// The name of its lists on referenced records (`reviews`, or its `as:`).
    public var listName: String
    /// The canonical export's file name (`reviews.csv`).
    public var file: String
    /// Fields that order its records in lists, before the key.
    public var orderBy: [Int]

    /// The index of the field with this name.
    public func fieldIndex(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }
  }

  /// A reference from one type to another, giving the target a list of referring records.
  public struct Relation: Sendable, Hashable {
    /// The referring type.
    public var source: Int
    /// The referring field.
    public var field: Int
    /// The referenced type.
    public var target: Int
    /// The list's name on the target (`reviews`).
    public var name: String
  }

  /// What a member name on a record means.
  public enum Member: Sendable, Hashable {
    /// A stored field.
    case field(Int)
    /// The record a ref field points at (`r.chair` for `chair_id`).
    case reference(field: Int, target: Int)
    /// The records referring to this one (`p.reviews`).
    case list(relation: Int)
  }

  /// The types, in declared order.
  public var types: [RecordType]
  /// The index of the case type (the unit sampled and graded).
  public var caseType: Int
  /// Every reference that gives its target a list.
  public var relations: [Relation]

  /// Creates a schema and derives its relations; refs must already be resolved to targets.
  public init(types: [RecordType], caseType: Int) {
    self.types = types
    self.caseType = caseType
    var relations: [Relation] = []
    for (source, type) in types.enumerated() {
      var targetsSeen: [Int: Int] = [:]
      for field in type.fields {
        if let target = field.target { targetsSeen[target, default: 0] += 1 }
      }
      for (index, field) in type.fields.enumerated() {
        // Two refs from one type to the same target would give two lists of one name: neither.
        guard let target = field.target, targetsSeen[target] == 1 else { continue }
        relations.append(
          Relation(source: source, field: index, target: target, name: type.listName))
      }
    }
    self.relations = relations
  }

  /// The index of the type with this name.
  public func typeIndex(_ name: String) -> Int? { types.firstIndex { $0.name == name } }

  /// Resolves a member name on a record type.
  public func member(_ name: String, of type: Int) -> Member? {
    let recordType = types[type]
    if let index = recordType.fieldIndex(name) {
      let field = recordType.fields[index]
      if let target = field.target, !field.name.hasSuffix("_id") {
        return .reference(field: index, target: target)
      }
      return .field(index)
    }
    for (index, field) in recordType.fields.enumerated() {
      guard let target = field.target else { continue }
      if referenceName(of: field) == name { return .reference(field: index, target: target) }
    }
    if let relation = relations.firstIndex(where: { $0.target == type && $0.name == name }) {
      return .list(relation: relation)
    }
    return nil
  }

  /// Every member name of a record type, for suggestions and documentation.
  public func memberNames(of type: Int) -> [String] {
    var names = types[type].fields.map(\.name)
    names += types[type].fields.compactMap {
      $0.target == nil || !$0.name.hasSuffix("_id") ? nil : referenceName(of: $0)
    }
    names += relations.filter { $0.target == type }.map(\.name)
    return names
  }

  /// The static type of a member.
  public func memberType(_ member: Member) -> ValueType {
    switch member {
    case .field: return .null  // replaced by fieldValueType at the call site
    case .reference(_, let target): return .record(target)
    case .list(let relation): return .list(.record(relations[relation].source))
    }
  }

  /// The value type a field reads as (a ref field reads as its key text).
  public func fieldValueType(_ field: Field) -> ValueType {
    switch field.type.base {
    case .id, .string, .code, .ref: return .string
    case .int: return .int
    case .decimal: return .decimal
    case .bool: return .bool
    case .date: return .date
    }
  }

  /// The record a ref field names: `chair_id` gives `chair`; a name without `_id` (`raised_by`)
  /// reads as the record itself, its key as `raised_by.professional_id`.
  public func referenceName(of field: Field) -> String {
    field.name.hasSuffix("_id") ? String(field.name.dropLast(3)) : field.name
  }

  /// The plural of a type name, used for its lists and file: `child` gives `children`.
  public static func plural(of name: String) -> String {
    if name.hasSuffix("child") { return name + "ren" }
    if name.hasSuffix("y"), let last = name.dropLast().last, !"aeiou".contains(last) {
      return name.dropLast() + "ies"
    }
    if name.hasSuffix("s") || name.hasSuffix("x") || name.hasSuffix("ch") || name.hasSuffix("sh") {
      return name + "es"
    }
    return name + "s"
  }
}
