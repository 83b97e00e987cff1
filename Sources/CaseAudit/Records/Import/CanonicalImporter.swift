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

  /// Imports the files of a folder, or only those of the types `reading` selects (the others
  /// are not opened: their types load empty and not provided, and one note names their files);
  /// `progress` hears each file's name as it is read.
  public func load(
    directory: String, reading: ImportSelection? = nil,
    progress: (@Sendable (String) -> Void)? = nil
  ) -> ImportResult {
    var trimmed = directory
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    let path = trimmed
    return load(directory: path, reading: reading ?? .all(schema)) { file in
      progress?(file)
      return InputFile.bytes(at: path + "/" + file)
    }
  }

  /// Imports files given as bytes by file name, or only those `reading` selects; `directory`
  /// prefixes paths in diagnostics.
  public func load(
    files: [String: [UInt8]], directory: String, reading: ImportSelection? = nil
  ) -> ImportResult {
    load(directory: directory, reading: reading ?? .all(schema)) {
      files[$0].map { .success($0) } ?? .failure(.missing)
    }
  }

  /// Reads each file and types its records, a chunk at a time on every core, joining each
  /// file's chunks in order as they are typed; results keep schema order. A file's bytes are
  /// dropped once its last chunk is typed, and each chunk once joined, so the import holds at
  /// once only the files being typed and the chunks waiting their turn, not every file whole.
  private func load(
    directory: String, reading: ImportSelection,
    bytesOf: @escaping @Sendable (String) -> Result<[UInt8], FileProblem>
  ) -> ImportResult {
    let schema = self.schema
    let mapping = self.mapping
    let chunkSize = self.chunkSize
    var opened = ParallelMap.map(schema.types.count) { index in
      var diagnostics: [Diagnostic] = []
      guard reading.reads[index] else {
        return (CanonicalImporter.unread(index, schema, mapping, directory), diagnostics)
      }
      let file = CanonicalImporter.prepareFile(
        index, schema, mapping, directory, chunkSize, bytesOf, &diagnostics)
      return (file, diagnostics)
    }
    var state = JoinState(count: schema.types.count)
    var tables: [TableTyper.PreparedTable?] = []
    for type in opened.indices {
      state.diagnostics[type] = opened[type].1
      switch opened[type].0 {
      case .missing(let empty):
        state.finished[type] = empty
        tables.append(nil)
      case .table(let table):
        let typer = TableTyper(schema: schema, type: type, mapping: mapping)
        state.joins[type] = TableJoin(typer, table)
        state.chunksLeft[type] = table.chunks.count
        tables.append(table)
      }
    }
    // Every chunk of every file is one piece of work, so a large file is typed on every core.
    let work: [(type: Int, chunk: Int)] = tables.enumerated().flatMap { type, table in
      (table?.chunks.indices ?? 0..<0).map { (type, $0) }
    }
    opened = []
    let files = OpenFiles(tables)
    tables = []
    for type in state.joins.indices where state.chunksLeft[type] == 0 { state.finish(type) }
    state = OrderedPipeline.run(work.count, state: consume state) { index in
      let (type, chunk) = work[index]
      let typer = TableTyper(schema: schema, type: type, mapping: mapping)
      let typed = typer.type(files.table(type), chunk: chunk)
      files.typed(type)
      return typed
    } collect: { state, index, typed in
      let type = work[index].0
      state.joins[type]!.add(typed)
      state.chunksLeft[type] -= 1
      if state.chunksLeft[type] == 0 { state.finish(type) }
    }
    let names = schema.types.map { mapping?.file(of: $0) ?? $0.file }
    let note = reading.note(files: names).map { [$0] } ?? []
    // The tables are moved out, not shared, so that each column is freed as soon as the
    // dataset has it in order (held here too, every one would live until the import ends).
    let diagnostics = note + state.diagnostics.flatMap { $0 }
    return assemble(state.takeTables(), diagnostics)
  }

  /// The empty table of a type not read: not provided, and said so by the note alone.
  private static func unread(
    _ index: Int, _ schema: Schema, _ mapping: ExportMapping?, _ directory: String
  ) -> PreparedFile {
    let fileName = mapping?.file(of: schema.types[index]) ?? schema.types[index].file
    var empty = TypedTable(
      path: directory.isEmpty ? fileName : directory + "/" + fileName, provided: false)
    empty.columns = schema.types[index].fields.map { ColumnBuilder(for: $0.type).build() }
    return .missing(empty)
  }

  /// The files' joins as chunks are added, and each file's table once its last chunk is.
  private struct JoinState: Sendable {
    var joins: [TableJoin?]
    var chunksLeft: [Int]
    var finished: [TypedTable?]
    /// Each file's problems, in the order of one pass over it.
    var diagnostics: [[Diagnostic]]

    init(count: Int) {
      joins = Array(repeating: nil, count: count)
      chunksLeft = Array(repeating: 0, count: count)
      finished = Array(repeating: nil, count: count)
      diagnostics = Array(repeating: [], count: count)
    }

    /// Every file's table, moved out (none is left here).
    mutating func takeTables() -> [TypedTable] {
      defer { finished = [] }
      return finished.map { $0! }
    }

    /// Finishes a file's join, dropping it (and its builders) as its table is built.
    mutating func finish(_ type: Int) {
      guard let join = joins[type] else { return }
      joins[type] = nil
      let (table, problems) = join.finish()
      finished[type] = table
      diagnostics[type].append(contentsOf: problems)
    }
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

  private func assemble(
    _ typed: consuming [TypedTable], _ diagnostics: [Diagnostic]
  ) -> ImportResult {
    var diagnostics = diagnostics
    var typed = typed
    // Each reference text's row, looked up once for the check and the dataset.
    var targets = ReferenceTargets(schema: schema, columns: typed.map(\.columns))
    let accepted = ReferenceCheck(schema: schema).accept(
      typed, targets: targets, diagnostics: &diagnostics)
    // Reviews are placed among the periods that loaded, so placing one never excludes it.
    let attribution = ReviewAttribution(schema: schema)
    let attributed =
      attribution?.attribute(&typed, accepted: accepted, diagnostics: &diagnostics) ?? false
    if attributed, let filled = attribution?.filledField {
      targets.refresh(
        type: filled.type, field: filled.field, schema: schema, columns: typed.map(\.columns))
    }
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
    // The typed columns are handed over, so each is freed once the dataset has it in order.
    var columns: [[Column]] = []
    for index in typed.indices {
      columns.append(typed[index].columns)
      typed[index].columns = []
    }
    let dataset = DatasetAssembler(schema: schema).assemble(
      consume columns, accepted: accepted, provided: typed.map(\.provided),
      providedFields: fields, incompleteCases: incomplete, targets: targets)
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
