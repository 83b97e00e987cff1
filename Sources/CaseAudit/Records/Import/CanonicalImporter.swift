import Foundation

/// Reads the canonical CaseAudit export: one CSV per schema type, named after it, header row of
/// field names, ISO dates; typed and checked by the pack's schema.
public struct CanonicalImporter: Sendable {
  /// The schema the files follow.
  public let schema: Schema
  /// How a local export's files, columns, dates and values differ, when they do.
  public let mapping: ExportMapping?
  /// The size of the chunks a file is cut into to be typed on every core (tests make it small,
  /// so that chunks end everywhere).
  var chunkSize = TableTyper.chunkSize

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

  /// Reads each file and types its records, a chunk at a time on every core, then joins each
  /// file's chunks in order; results keep schema order.
  private func load(
    directory: String, bytesOf: @escaping @Sendable (String) -> Result<[UInt8], FileProblem>
  ) -> ImportResult {
    let schema = self.schema
    let mapping = self.mapping
    let chunkSize = self.chunkSize
    let files = ParallelMap.map(schema.types.count) { index in
      var diagnostics: [Diagnostic] = []
      let file = CanonicalImporter.prepareFile(
        index, schema, mapping, directory, chunkSize, bytesOf, &diagnostics)
      return (file, diagnostics)
    }
    // Every chunk of every file is one piece of work, so a large file is typed on every core.
    let work = files.enumerated().flatMap { type, file in
      guard case .table(let table) = file.0 else { return [(Int, Int)]() }
      return table.chunks.indices.map { (type, $0) }
    }
    let typed = ParallelMap.map(work.count) { index in
      let (type, chunk) = work[index]
      guard case .table(let table) = files[type].0 else { preconditionFailure("a file's chunk") }
      return TableTyper(schema: schema, type: type, mapping: mapping).type(table, chunk: chunk)
    }
    let chunksOf = files.indices.map { type in
      work.indices.filter { work[$0].0 == type }.map { typed[$0] }
    }
    let joined = ParallelMap.map(schema.types.count) { type in
      var diagnostics = files[type].1
      switch files[type].0 {
      case .missing(let empty): return (empty, diagnostics)
      case .table(let table):
        let typer = TableTyper(schema: schema, type: type, mapping: mapping)
        return (typer.join(table, chunksOf[type], diagnostics: &diagnostics), diagnostics)
      }
    }
    return assemble(joined.map(\.0), joined.flatMap(\.1))
  }

  /// A file read up to its header, or the empty table of a file the export lacks.
  private enum PreparedFile: Sendable {
    case table(TableTyper.PreparedTable)
    case missing(TypedTable)
  }

  /// Reads one file up to its header, or notes that the export lacks it.
  private static func prepareFile(
    _ index: Int, _ schema: Schema, _ mapping: ExportMapping?, _ directory: String,
    _ chunkSize: Int, _ bytesOf: (String) -> Result<[UInt8], FileProblem>,
    _ diagnostics: inout [Diagnostic]
  ) -> PreparedFile {
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
      return .missing(empty)
    }
    let typer = TableTyper(schema: schema, type: index, mapping: mapping)
    return .table(typer.prepare(bytes, path: path, chunkSize: chunkSize))
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
