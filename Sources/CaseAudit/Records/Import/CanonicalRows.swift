/// Canonical records built row by row by an importer of another format (SSDA903, SSD): which
/// schema types it fills, what loaded and what was excluded, and the finished import.
struct CanonicalRows {
  let schema: Schema
  /// The format's name, for messages (`SSDA903`).
  let format: String
  private var builder: DatasetBuilder
  private(set) var types: [String: Int] = [:]
  private var loaded: [Int: Int] = [:]
  private var excluded: [Int: Int] = [:]
  /// Per type, the cases that lost a record of it to an error: their lists read as unknown.
  private var incomplete: [Int: Set<String>] = [:]

  init(schema: Schema, format: String) {
    self.schema = schema
    self.format = format
    builder = DatasetBuilder(schema: schema)
  }

  /// Whether the schema has the types and fields the format fills; each lack is an error.
  mutating func checkSchema(needs: [String: [String]], _ diagnostics: inout [Diagnostic]) -> Bool {
    let before = diagnostics.count
    for (type, fields) in needs.sorted(by: { $0.key < $1.key }) {
      guard let index = schema.typeIndex(type) else {
        diagnostics.append(.error("the pack's schema has no type '\(type)', which \(format) fills"))
        continue
      }
      types[type] = index
      for field in fields where schema.types[index].fieldIndex(field) == nil {
        diagnostics.append(
          .error("the pack's type '\(type)' has no field '\(field)', which \(format) fills"))
      }
    }
    return diagnostics.count == before
  }

  /// Adds a record of a type from its fields by name.
  mutating func add(_ type: String, _ fields: [String: Value], at location: SourceLocation) {
    guard let index = types[type] else { return }
    var values = [Value](repeating: .null, count: schema.types[index].fields.count)
    for (name, value) in fields {
      if let field = schema.types[index].fieldIndex(name) { values[field] = value }
    }
    builder.append(DatasetBuilder.Row(values: values, origin: location), type: index)
    loaded[index, default: 0] += 1
  }

  /// Counts a row of a type left out for errors; with the case it belonged to, that case's
  /// records of the type (and of `alsoUnknown`, when they derive from it) become unknown.
  mutating func exclude(_ type: String, case caseKey: String? = nil, alsoUnknown: [String] = []) {
    guard let index = types[type] else { return }
    excluded[index, default: 0] += 1
    guard let caseKey else { return }
    for name in [type] + alsoUnknown {
      if let affected = types[name] { incomplete[affected, default: []].insert(caseKey) }
    }
  }

  /// The import: the dataset (only `filled` fields provided), every diagnostic sorted, counts.
  func result(
    diagnostics: [Diagnostic], files: [String: String], filled: [String: Set<String>]
  ) -> ImportResult {
    let provided = schema.types.indices.map { index in types.values.contains(index) }
    let fields = schema.types.map { type in
      type.fields.map { filled[type.name]?.contains($0.name) ?? false }
    }
    let unknown = schema.types.indices.map { incomplete[$0] ?? [] }
    let (dataset, problems) = builder.build(
      provided: provided, providedFields: fields, incompleteCases: unknown)
    var list = DiagnosticList()
    list.append(contentsOf: diagnostics + problems)
    let counts = schema.types.enumerated().map { index, type in
      ImportResult.TypeCount(
        type: type.name, file: files[type.name] ?? type.file, provided: provided[index],
        loaded: loaded[index] ?? 0, excluded: excluded[index] ?? 0)
    }
    return ImportResult(dataset: dataset, diagnostics: list.sorted, counts: counts)
  }
}
