/// The record types an import reads: for a command scoring some rules, only the types those rules
/// can read and what the importer needs to give them the same records as a whole export would.
///
/// Which rows of a type are accepted depends only on the type's own values and, through
/// `ReferenceCheck`, on the types it references (a review naming an excluded professional is
/// excluded; one naming a professional of a file not read would be kept as unknown). Owner
/// chains (`IncompleteCases`) and review periods (`ReviewAttribution`) also follow references.
/// So the types read are the ones the rules read, the case type, and everything those
/// reference, transitively; a type that only refers to them (notes, to children) never changes
/// their rows.
public struct ImportSelection: Sendable, Hashable {
  /// Per schema type, whether it is read.
  public var reads: [Bool]

  /// Every type of a schema: the whole export.
  public static func all(_ schema: Schema) -> ImportSelection {
    ImportSelection(reads: Array(repeating: true, count: schema.types.count))
  }

  /// The types given, as chosen.
  init(reads: [Bool]) { self.reads = reads }

  /// The types these record types need read: them, the case type, and what they reference.
  public init(schema: Schema, reading types: some Sequence<Int>) {
    var reads = Array(repeating: false, count: schema.types.count)
    var pending = Array(types) + [schema.caseType]
    while let type = pending.popLast() {
      guard !reads[type] else { continue }
      reads[type] = true
      pending += schema.types[type].fields.compactMap(\.target)
    }
    self.reads = reads
  }

  /// The types needed to score these rules and count these tallies (a command that shows none
  /// passes none).
  public init(schema: Schema, rules: [Rule], tallies: [Tally] = []) {
    self.init(
      schema: schema, reading: rules.flatMap(\.typesRead) + tallies.flatMap(\.typesRead))
  }

  /// Whether every type is read.
  public var isAll: Bool { !reads.contains(false) }

  /// The note telling the user which files were not read (by their names in the export, in
  /// schema order), or nil when every file is read.
  func note(files: [String]) -> Diagnostic? {
    let unread = files.indices.filter { !reads[$0] }.map { files[$0] }
    guard !unread.isEmpty else { return nil }
    return Diagnostic(
      .note,
      "not read, as no rule scored reads them: \(unread.joined(separator: ", "))"
        + " (run 'caseaudit data check' to check every file)", kind: "files not read")
  }
}
