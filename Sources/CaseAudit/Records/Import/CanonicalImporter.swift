import Foundation

/// Reads the canonical CaseAudit export: one CSV per schema type, named after it, header row of
/// field names, ISO dates; typed and checked by the pack's schema.
public struct CanonicalImporter: Sendable {
  /// The schema the files follow.
  public let schema: Schema
  /// How a local export's files, columns, dates and values differ, when they do.
  public let mapping: ExportMapping?

  /// Creates an importer for a schema, with a mapping for a local export.
  public init(schema: Schema, mapping: ExportMapping? = nil) {
    self.schema = schema
    self.mapping = mapping
  }

  /// Imports the files of a folder; `progress` hears each file's name as it is read.
  public func load(directory: String, progress: (@Sendable (String) -> Void)? = nil) -> ImportResult
  {
    var trimmed = directory
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    let path = trimmed
    return load(directory: path) { file in
      progress?(file)
      return InputFile.bytes(at: path + "/" + file)
    }
  }

  /// Imports files given as bytes by file name; `directory` prefixes paths in diagnostics.
  public func load(files: [String: [UInt8]], directory: String) -> ImportResult {
    load(directory: directory) { files[$0].map { .success($0) } ?? .failure(.missing) }
  }

  /// Reads and types each file on its own core; results keep schema order.
  private func load(
    directory: String, bytesOf: @escaping @Sendable (String) -> Result<[UInt8], FileProblem>
  ) -> ImportResult {
    let schema = self.schema
    let mapping = self.mapping
    let perType = ParallelMap.map(schema.types.count) { index in
      var diagnostics: [Diagnostic] = []
      let table = CanonicalImporter.typeFile(
        index, schema, mapping, directory, bytesOf, &diagnostics)
      return (table, diagnostics)
    }
    return assemble(perType.map(\.0), perType.flatMap(\.1))
  }

  /// Reads and types one file, or notes that the export lacks it.
  private static func typeFile(
    _ index: Int, _ schema: Schema, _ mapping: ExportMapping?, _ directory: String,
    _ bytesOf: (String) -> Result<[UInt8], FileProblem>, _ diagnostics: inout [Diagnostic]
  ) -> TypedTable {
    let type = schema.types[index]
    let fileName = mapping?.file(of: type) ?? type.file
    let path = directory.isEmpty ? fileName : directory + "/" + fileName
    let bytes: [UInt8]
    switch bytesOf(fileName) {
    case .success(let read): bytes = read
    case .failure(let problem):
      // Something that is there but cannot be read is an error even for an optional file.
      let isCase = index == schema.caseType
      let severity: Diagnostic.Severity = isCase || !problem.isMissing ? .error : .warning
      let consequence =
        isCase
        ? "there are no cases to load"
        : "\(type.listName) are not provided, so rules that read them give insufficient evidence"
      diagnostics.append(
        Diagnostic(
          severity, "\(problem.message(path)): \(consequence)",
          kind: problem.isMissing ? "missing file" : "unreadable file"))
      var empty = TypedTable(path: path, provided: false)
      empty.columns = type.fields.map { ColumnBuilder(for: $0.type).build() }
      return empty
    }
    return TableTyper(schema: schema, type: index, mapping: mapping)
      .type(bytes, path: path, diagnostics: &diagnostics)
  }

  private func assemble(_ typed: [TypedTable], _ diagnostics: [Diagnostic]) -> ImportResult {
    var diagnostics = diagnostics
    var typed = typed
    let accepted = ReferenceCheck(schema: schema).accept(typed, diagnostics: &diagnostics)
    // Reviews are placed among the periods that loaded, so placing one never excludes it.
    let attribution = ReviewAttribution(schema: schema)
    let attributed =
      attribution?.attribute(&typed, accepted: accepted, diagnostics: &diagnostics) ?? false
    var fields = schema.types.indices.map { type in
      schema.types[type].fields.indices.map { field in
        typed[type].provided
          && (schema.types[type].fields[field].absentMeansEmpty
            || (typed[type].fileColumns.indices.contains(field)
              && typed[type].fileColumns[field] != nil))
      }
    }
    // A file without the period_id column has every review's period from its date.
    if attributed, let filled = attribution?.filledField {
      fields[filled.type][filled.field] = true
    }
    let incomplete = IncompleteCases(schema: schema).caseKeys(typed, accepted: accepted)
    let dataset = DatasetAssembler(schema: schema).assemble(
      typed.map(\.columns), accepted: accepted, provided: typed.map(\.provided),
      providedFields: fields, incompleteCases: incomplete)
    let counts = schema.types.indices.map { index in
      let loaded = accepted[index].filter { $0 }.count
      return ImportResult.TypeCount(
        type: schema.types[index].name, file: typed[index].path, provided: typed[index].provided,
        loaded: loaded, excluded: typed[index].rejected + typed[index].count - loaded)
    }
    var list = DiagnosticList()
    list.append(contentsOf: diagnostics)
    var result = ImportResult(dataset: dataset, diagnostics: list.sorted, counts: counts)
    result.unreadable = !typed[schema.caseType].provided
    return result
  }
}
