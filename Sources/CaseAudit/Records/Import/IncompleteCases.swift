extension Schema {
  /// The reference that ties a type's records to their case: a required reference to the case
  /// type, else the first required reference (an action's `escalation_id`); nil for records
  /// shared between cases (professionals, teams).
  func ownerField(of type: Int) -> Int? {
    let fields = types[type].fields
    let required = fields.indices.filter { fields[$0].target != nil && !fields[$0].type.optional }
    return required.first { fields[$0].target == caseType } ?? required.first
  }
}

/// The cases that lost records to exclusion, by type: a review excluded for a bad value, or
/// for naming an excluded professional, leaves its child's reviews incomplete, so rules read
/// them as unknown rather than judging a schedule or an absence without it.
struct IncompleteCases {
  let schema: Schema

  /// Per type, the keys of the cases with records of the type that were not accepted.
  func caseKeys(_ tables: [TypedTable], accepted: [[Bool]]) -> [Set<String>] {
    // Owners of the types other records hang from (escalations), by key, every row included.
    var owners: [[String: String]] = Array(repeating: [:], count: schema.types.count)
    for type in schema.types.indices {
      guard let field = schema.ownerField(of: type),
        let target = schema.types[type].fields[field].target, target != schema.caseType,
        owners[target].isEmpty
      else { continue }
      owners[target] = ownerTexts(tables[target], target)
    }
    return schema.types.indices.map { type in
      var keys = Set<String>()
      guard let field = schema.ownerField(of: type), tables[type].provided else { return keys }
      let table = tables[type]
      var texts = table.rejectedOwners.map(\.owner)
      for row in 0..<table.count where !accepted[type][row] {
        if let text = table.columns[field].text(row) { texts.append(text) }
      }
      for text in texts {
        if let key = caseKey(of: type, owner: text, owners) { keys.insert(key) }
      }
      return keys
    }
  }

  /// Each record's owner text by its key, for typed and rejected rows.
  private func ownerTexts(_ table: TypedTable, _ type: Int) -> [String: String] {
    guard let field = schema.ownerField(of: type) else { return [:] }
    let key = schema.types[type].key
    var result: [String: String] = [:]
    for row in 0..<table.count {
      if let id = table.columns[key].text(row), let owner = table.columns[field].text(row) {
        result[id] = owner
      }
    }
    for rejected in table.rejectedOwners where !rejected.key.isEmpty {
      result[rejected.key] = rejected.owner
    }
    return result
  }

  /// The case key a record's owner text leads to, following owners up to the case type.
  private func caseKey(of type: Int, owner: String, _ owners: [[String: String]]) -> String? {
    var (type, text) = (type, owner)
    for _ in schema.types.indices {
      guard let field = schema.ownerField(of: type),
        let target = schema.types[type].fields[field].target
      else { return nil }
      if target == schema.caseType { return text }
      guard let next = owners[target][text] else { return nil }
      (type, text) = (target, next)
    }
    return nil
  }
}
