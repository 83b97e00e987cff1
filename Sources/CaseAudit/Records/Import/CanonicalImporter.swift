import Foundation

/// Reads the canonical CaseAudit export: one CSV per schema type, named after it, header row of
/// field names, ISO dates; typed and checked by the pack's schema.
public struct CanonicalImporter: Sendable {
  /// The schema the files follow.
  public let schema: Schema

  /// Creates an importer for a schema.
  public init(schema: Schema) { self.schema = schema }

  /// Imports the files of a folder.
  public func load(directory: String) -> ImportResult {
    var path = directory
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    var files: [String: [UInt8]] = [:]
    for type in schema.types {
      if let data = FileManager.default.contents(atPath: path + "/" + type.file) {
        files[type.file] = [UInt8](data)
      }
    }
    return load(files: files, directory: path)
  }

  /// Imports files given as bytes by file name; `directory` prefixes paths in diagnostics.
  public func load(files: [String: [UInt8]], directory: String) -> ImportResult {
    var diagnostics: [Diagnostic] = []
    var typed: [TypedTable] = []
    for (index, type) in schema.types.enumerated() {
      let path = directory.isEmpty ? type.file : directory + "/" + type.file
      guard let bytes = files[type.file] else {
        let severity: Diagnostic.Severity = index == schema.caseType ? .error : .warning
        let consequence =
          index == schema.caseType
          ? "there are no cases to load"
          : "\(type.listName) are not provided, so rules that read them give insufficient evidence"
        diagnostics.append(
          Diagnostic(severity, "'\(path)' does not exist: \(consequence)", kind: "missing file"))
        typed.append(TypedTable(path: path, provided: false))
        continue
      }
      let (table, problems) = CSVReader().read(bytes, path: path)
      diagnostics.append(contentsOf: problems)
      guard let table else {
        typed.append(TypedTable(path: path, provided: true))
        continue
      }
      typed.append(TableTyper(schema: schema, type: index).type(table, diagnostics: &diagnostics))
    }
    let accepted = ReferenceCheck(schema: schema).accept(&typed, diagnostics: &diagnostics)
    var builder = DatasetBuilder(schema: schema)
    for (index, rows) in accepted.enumerated() {
      for values in rows { builder.append(DatasetBuilder.Row(values: values), type: index) }
    }
    let (dataset, _) = builder.build(provided: typed.map(\.provided))
    let counts = schema.types.indices.map { index in
      ImportResult.TypeCount(
        type: schema.types[index].name, file: typed[index].path, provided: typed[index].provided,
        loaded: accepted[index].count,
        excluded: typed[index].rejected + typed[index].rows.count - accepted[index].count)
    }
    var list = DiagnosticList()
    list.append(contentsOf: diagnostics)
    return ImportResult(dataset: dataset, diagnostics: list.sorted, counts: counts)
  }
}
