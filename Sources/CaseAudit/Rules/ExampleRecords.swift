/// Turns an example's `case:` mapping into a dataset with one case.
///
/// Only the fields an example needs are written: omitted fields are empty, an omitted key is
/// numbered, and an omitted reference to the case points at the example's case.
struct ExampleRecords {
  let file: SourceFile
  let schema: Schema

  typealias Table = [(collection: String, fields: [String], rows: [[String]])]

  /// Builds the dataset, or nil after reporting what is wrong.
  func build(_ node: YAMLNode, diagnostics: inout [Diagnostic]) -> (data: Dataset, table: Table)? {
    let start = diagnostics.count
    guard let pairs = node.pairs else {
      diagnostics.append(file.error("'case' must map collection names to records", at: node))
      return nil
    }
    let caseType = schema.caseType
    let caseName = schema.types[caseType].name
    var builder = DatasetBuilder(schema: schema)
    var table: Table = []
    var caseNode = YAMLNode(.mapping([]), line: node.line, column: node.column)
    var collections: [(name: String, type: Int, items: [YAMLNode])] = []
    for (key, value) in pairs {
      let name = key.scalar ?? ""
      if name == caseName {
        caseNode = value
        continue
      }
      guard let type = collectionType(name), type != caseType else {
        let names =
          [caseName]
          + schema.types.indices.filter { $0 != caseType }.map {
            schema.types[$0].listName
          }
        let hint = NearMiss.hint(for: name, among: names)
        diagnostics.append(
          file.error("unknown collection '\(name)' in an example\(hint)", at: key))
        continue
      }
      guard let items = value.items else {
        diagnostics.append(file.error("'\(name)' must be a list of records", at: value))
        continue
      }
      collections.append((name, type, items))
    }
    let caseRecord = record(caseNode, type: caseType, index: 0, caseKey: nil, &diagnostics)
    let caseKey: String
    if case .string(let key)? = caseRecord?.values[schema.types[caseType].key] {
      caseKey = key
    } else {
      caseKey = "example_case"
    }
    if var caseRecord {
      caseRecord.values[schema.types[caseType].key] = .string(caseKey)
      builder.append(caseRecord, type: caseType)
      if !(caseNode.pairs ?? []).isEmpty { table.append(rows(caseName, caseType, [caseNode])) }
    }
    for (name, type, items) in collections {
      for (index, item) in items.enumerated() {
        if let row = record(item, type: type, index: index + 1, caseKey: caseKey, &diagnostics) {
          builder.append(row, type: type)
        }
      }
      table.append(rows(name, type, items))
    }
    let (data, problems) = builder.build()
    diagnostics.append(contentsOf: problems)
    return diagnostics.count == start ? (data, table) : nil
  }

  private func collectionType(_ name: String) -> Int? {
    schema.types.firstIndex {
      $0.listName == name || Schema.plural(of: $0.name) == name
        || $0.file == name + ".csv"
    }
  }

  private func record(
    _ node: YAMLNode, type: Int, index: Int, caseKey: String?, _ diagnostics: inout [Diagnostic]
  ) -> DatasetBuilder.Row? {
    let recordType = schema.types[type]
    guard let pairs = node.pairs else {
      diagnostics.append(
        file.error("a \(recordType.name) must be a mapping of fields to values", at: node))
      return nil
    }
    var values = [Value](repeating: .null, count: recordType.fields.count)
    var locations: [Int: (location: SourceLocation, line: String?)] = [:]
    var given = Set<Int>()
    for (key, value) in pairs {
      let name = key.scalar ?? ""
      guard let fieldIndex = recordType.fieldIndex(name) else {
        let hint = NearMiss.hint(for: name, among: recordType.fields.map(\.name))
        diagnostics.append(
          file.error("unknown field '\(name)' on '\(recordType.name)'\(hint)", at: key))
        continue
      }
      given.insert(fieldIndex)
      locations[fieldIndex] = (
        file.location(line: value.line, column: value.column), file.line(value.line)
      )
      if value.isNull { continue }
      guard let text = value.scalar else {
        diagnostics.append(
          file.error("'\(name)' must be a single value, not \(value.kindDescription)", at: value))
        continue
      }
      switch recordType.fields[fieldIndex].type.value(from: text, field: name) {
      case .success(let typed): values[fieldIndex] = typed
      case .failure(let error): diagnostics.append(file.error(error.message, at: value))
      }
    }
    if !given.contains(recordType.key) {
      values[recordType.key] = .string("\(recordType.name)_\(index)")
    }
    for (fieldIndex, field) in recordType.fields.enumerated()
    where field.target == schema.caseType && !given.contains(fieldIndex) {
      values[fieldIndex] = caseKey.map { .string($0) } ?? .null
    }
    var row = DatasetBuilder.Row(
      values: values, origin: file.location(line: node.line, column: node.column),
      sourceLine: file.line(node.line))
    row.fieldLocations = locations
    return row
  }

  /// The records as text, with only the columns some record gives, for documentation.
  private func rows(_ name: String, _ type: Int, _ items: [YAMLNode]) -> Table.Element {
    let fields = schema.types[type].fields.map(\.name)
    let used = fields.filter { field in
      items.contains { item in (item.pairs ?? []).contains { $0.key.scalar == field } }
    }
    let rows = items.map { item in
      used.map { field in
        (item.pairs ?? []).first { $0.key.scalar == field }.map { $0.value.scalar ?? "" } ?? ""
      }
    }
    return (name, used, rows)
  }
}
