import Foundation

/// Reads the canonical CaseAudit export: one CSV per schema type, named after it, header row of
/// field names, ISO dates; typed and checked by the pack's schema.
public struct CanonicalImporter: Sendable {
  /// The schema the files follow.
  public let schema: Schema

  /// Creates an importer for a schema.
  public init(schema: Schema) { self.schema = schema }

  /// Imports the files of a folder, reading one file at a time.
  public func load(directory: String) -> ImportResult {
    var path = directory
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return load(directory: path) { file in
      FileManager.default.contents(atPath: path + "/" + file).map { [UInt8]($0) }
    }
  }

  /// Imports files given as bytes by file name; `directory` prefixes paths in diagnostics.
  public func load(files: [String: [UInt8]], directory: String) -> ImportResult {
    load(directory: directory) { files[$0] }
  }

  private func load(directory: String, bytesOf: (String) -> [UInt8]?) -> ImportResult {
    var diagnostics: [Diagnostic] = []
    var typed: [TypedTable] = []
    for (index, type) in schema.types.enumerated() {
      let path = directory.isEmpty ? type.file : directory + "/" + type.file
      guard let bytes = bytesOf(type.file) else {
        let severity: Diagnostic.Severity = index == schema.caseType ? .error : .warning
        let consequence =
          index == schema.caseType
          ? "there are no cases to load"
          : "\(type.listName) are not provided, so rules that read them give insufficient evidence"
        diagnostics.append(
          Diagnostic(severity, "'\(path)' does not exist: \(consequence)", kind: "missing file"))
        var empty = TypedTable(path: path, provided: false)
        empty.columns = type.fields.map { ColumnBuilder(for: $0.type).build() }
        typed.append(empty)
        continue
      }
      typed.append(TableTyper(schema: schema, type: index).type(bytes, path: path, diagnostics: &diagnostics))
    }
    let accepted = ReferenceCheck(schema: schema).accept(typed, diagnostics: &diagnostics)
    let dataset = DatasetAssembler(schema: schema).assemble(
      typed.map(\.columns), accepted: accepted, provided: typed.map(\.provided))
    let counts = schema.types.indices.map { index in
      let loaded = accepted[index].filter { $0 }.count
      return ImportResult.TypeCount(
        type: schema.types[index].name, file: typed[index].path, provided: typed[index].provided,
        loaded: loaded, excluded: typed[index].rejected + typed[index].count - loaded)
    }
    var list = DiagnosticList()
    list.append(contentsOf: diagnostics)
    return ImportResult(dataset: dataset, diagnostics: list.sorted, counts: counts)
  }
}
