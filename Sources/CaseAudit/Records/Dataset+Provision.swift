/// What an export leaves out, named for the reader: a rule, a report table or a grouping that
/// reads a field or a record type the export did not provide cannot be counted at all, rather
/// than have the absence taken for empty fields (`??` gives its fallback for both).
extension Dataset {
  /// The first of `reads` (then of `types`) the export does not provide, as `allocations`
  /// (the whole type is missing) or `reviews.participation_code` (one column is); nil when
  /// everything is provided.
  public func notProvided(_ reads: [FieldRef], types: [Int] = []) -> String? {
    if let missing = reads.first(where: { !providedFields[$0.type][$0.field] }) {
      let type = schema.types[missing.type]
      return provided.isEmpty || provided[missing.type]
        ? "\(type.name).\(type.fields[missing.field].name)" : type.listName
    }
    guard !provided.isEmpty, let type = types.first(where: { !provided[$0] }) else { return nil }
    return schema.types[type].listName
  }

  /// Whether any of a case's records of these types were excluded for errors, so that what
  /// is read of them is incomplete.
  func isIncomplete(_ types: [Int], case caseRecord: RecordRef) -> Bool {
    !incomplete.isEmpty && types.contains { isIncomplete($0, case: caseRecord) }
  }
}
