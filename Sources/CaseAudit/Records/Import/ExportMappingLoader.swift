import Foundation

/// Reads a mapping file (YAML), checked against the schema: unknown types, fields and formats,
/// and mapped values that are not valid for their field, are errors at their position.
public enum ExportMappingLoader {
  /// Loads a mapping; nil with diagnostics when it has errors.
  public static func load(path: String, schema: Schema) -> (ExportMapping?, [Diagnostic]) {
    switch InputFile.utf8Text(at: path, what: "the mapping file") {
    case .success(let text): return load(SourceFile(path: path, text: text), schema: schema)
    case .failure(let problem): return (nil, [problem])
    }
  }

  /// Loads a mapping from its text.
  public static func load(_ file: SourceFile, schema: Schema) -> (ExportMapping?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    guard case .success(let root?) = YAMLReader().read(file) else {
      if case .failure(let failure) = YAMLReader().read(file) { return (nil, failure.diagnostics) }
      return (nil, [file.error("the mapping file is empty", line: 1, column: 1)])
    }
    guard
      let top = MappingReader(
        root, file: file, what: "a mapping file", allowed: ["date_formats", "types"],
        required: ["types"], diagnostics: &diagnostics)
    else { return (nil, diagnostics) }
    var mapping = ExportMapping(path: file.path)
    if let node = top["date_formats"] {
      mapping.dateFormats = formats(node, file, &diagnostics)
    }
    for (key, value) in top["types"]?.pairs ?? [] {
      let name = key.scalar ?? ""
      guard let index = schema.typeIndex(name) else {
        let hint = NearMiss.hint(for: name, among: schema.types.map(\.name))
        diagnostics.append(file.error("the schema has no type '\(name)'\(hint)", at: key))
        continue
      }
      if let typeMapping = typeMapping(value, schema.types[index], file, &diagnostics) {
        mapping.types[name] = typeMapping
      }
    }
    var list = DiagnosticList()
    list.append(contentsOf: diagnostics)
    return (list.hasErrors ? nil : mapping, list.sorted)
  }

  private static func formats(
    _ node: YAMLNode, _ file: SourceFile, _ diagnostics: inout [Diagnostic]
  ) -> [DateFormat] {
    (node.items ?? [node]).compactMap { item in
      if let format = DateFormat(rawValue: item.scalar ?? "") { return format }
      let names = DateFormat.allCases.map(\.rawValue)
      let hint = NearMiss.hint(
        for: item.scalar ?? "", among: names, expected: names.joined(separator: ", "))
      diagnostics.append(file.error("unknown date format '\(item.scalar ?? "")'\(hint)", at: item))
      return nil
    }
  }

  private static func typeMapping(
    _ node: YAMLNode, _ type: Schema.RecordType, _ file: SourceFile,
    _ diagnostics: inout [Diagnostic]
  ) -> ExportMapping.TypeMapping? {
    guard
      let reader = MappingReader(
        node, file: file, what: "the mapping of '\(type.name)'",
        allowed: ["file", "columns", "date_formats", "values"], diagnostics: &diagnostics)
    else { return nil }
    var mapping = ExportMapping.TypeMapping()
    mapping.file = reader.text("file", diagnostics: &diagnostics)
    let fieldNames = type.fields.map(\.name)
    func field(_ key: YAMLNode) -> Schema.Field? {
      if let index = type.fieldIndex(key.scalar ?? "") { return type.fields[index] }
      let hint = NearMiss.hint(for: key.scalar ?? "", among: fieldNames)
      diagnostics.append(
        file.error("'\(type.name)' has no field '\(key.scalar ?? "")'\(hint)", at: key))
      return nil
    }
    for (key, value) in reader["columns"]?.pairs ?? [] where field(key) != nil {
      mapping.columns[key.scalar ?? ""] = value.scalar ?? ""
    }
    if let node = reader["date_formats"] { mapping.dateFormats = formats(node, file, &diagnostics) }
    for (key, value) in reader["values"]?.pairs ?? [] {
      guard let target = field(key) else { continue }
      var map: [String: String] = [:]
      for (from, to) in value.pairs ?? [] {
        let canonical = to.scalar ?? ""
        if case .failure(let error) = target.type.value(from: canonical, field: target.name) {
          diagnostics.append(file.error(error.message, at: to))
          continue
        }
        map[from.scalar ?? ""] = canonical
      }
      mapping.values[target.name] = map
    }
    return mapping
  }
}
