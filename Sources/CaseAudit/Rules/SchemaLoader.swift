/// Reads a pack's schema.yaml into a `Schema`, reporting every problem at its position.
public enum SchemaLoader {
  /// Loads the schema from its parsed root; nil when it has errors.
  public static func load(
    _ root: YAMLNode, file: SourceFile, diagnostics: inout [Diagnostic]
  ) -> Schema? {
    let before = diagnostics.count
    guard
      let top = MappingReader(
        root, file: file, what: "schema.yaml", allowed: ["case", "types"],
        required: ["case", "types"], diagnostics: &diagnostics),
      let typesNode = top["types"], let caseName = top.text("case", diagnostics: &diagnostics)
    else { return nil }
    guard let typePairs = typesNode.pairs else {
      diagnostics.append(
        file.error("'types' must map type names to their definitions", at: typesNode))
      return nil
    }
    var types: [Schema.RecordType] = []
    var fieldTargets: [[(name: String, node: YAMLNode)?]] = []
    for (nameNode, definition) in typePairs {
      let name = nameNode.scalar ?? ""
      let (type, targets) = recordType(name, definition, file: file, diagnostics: &diagnostics)
      if let type {
        types.append(type)
        fieldTargets.append(targets)
      }
    }
    let names = types.map(\.name)
    for (typeIndex, targets) in fieldTargets.enumerated() {
      for (fieldIndex, target) in targets.enumerated() {
        guard let target else { continue }
        if let index = names.firstIndex(of: target.name) {
          types[typeIndex].fields[fieldIndex].target = index
        } else {
          let hint = NearMiss.hint(for: target.name, among: names)
          diagnostics.append(
            file.error("ref names unknown type '\(target.name)'\(hint)", at: target.node))
        }
      }
    }
    guard let caseType = names.firstIndex(of: caseName) else {
      let hint = NearMiss.hint(for: caseName, among: names)
      diagnostics.append(
        top.error("the case type '\(caseName)' is not among the types\(hint)", at: "case"))
      return nil
    }
    var listNames: [String: String] = [:]
    for type in types {
      if let other = listNames[type.listName] {
        diagnostics.append(
          file.error(
            "types '\(other)' and '\(type.name)' both have lists named '\(type.listName)';"
              + " give one an 'as:'", line: typesNode.line, column: typesNode.column))
      }
      listNames[type.listName] = type.name
    }
    return diagnostics.count == before ? Schema(types: types, caseType: caseType) : nil
  }

  private static func recordType(
    _ name: String, _ node: YAMLNode, file: SourceFile, diagnostics: inout [Diagnostic]
  ) -> (Schema.RecordType?, [(name: String, node: YAMLNode)?]) {
    guard
      let reader = MappingReader(
        node, file: file, what: "type '\(name)'",
        allowed: ["key", "fields", "as", "file", "order_by", "description"],
        required: ["key", "fields"], diagnostics: &diagnostics),
      let fieldsNode = reader["fields"], let keyName = reader.text("key", diagnostics: &diagnostics)
    else { return (nil, []) }
    guard let fieldPairs = fieldsNode.pairs else {
      diagnostics.append(file.error("'fields' must map field names to types", at: fieldsNode))
      return (nil, [])
    }
    var fields: [Schema.Field] = []
    var targets: [(name: String, node: YAMLNode)?] = []
    for (fieldName, definition) in fieldPairs {
      var typeNode = definition
      var absentMeansEmpty = false
      var personal = false
      if definition.pairs != nil {
        // The long form: {type: date?, absent: empty, personal: true}.
        guard
          let long = MappingReader(
            definition, file: file, what: "field '\(fieldName.scalar ?? "")'",
            allowed: ["type", "absent", "personal"], required: ["type"], refusingEmpty: true,
            diagnostics: &diagnostics),
          let node = long["type"]
        else { continue }
        typeNode = node
        if let flag = long.text("personal", diagnostics: &diagnostics) {
          personal = flag == "true"
          if flag != "true" && flag != "false" {
            diagnostics.append(
              long.error("personal must be true or false, not '\(flag)'", at: "personal"))
          }
        }
        if let absent = long.text("absent", diagnostics: &diagnostics) {
          absentMeansEmpty = absent == "empty"
          if absent != "empty" && absent != "not_provided" {
            diagnostics.append(
              long.error("absent must be empty or not_provided, not '\(absent)'", at: "absent"))
          }
        }
      }
      guard let typeText = typeNode.scalar else {
        diagnostics.append(
          file.error("a field's type must be a single value such as 'date?'", at: typeNode))
        continue
      }
      switch FieldType.parse(typeText) {
      case .failure(let error):
        diagnostics.append(file.error(error.message, at: typeNode))
      case .success(let type):
        if personal && type.base != .string {
          // Only text can be pseudonymised; ids and references are redacted anyway.
          diagnostics.append(
            file.error(
              "personal applies to string fields; ids and references are always redacted",
              at: typeNode))
        }
        var field = Schema.Field(name: fieldName.scalar ?? "", type: type, target: nil)
        field.absentMeansEmpty = absentMeansEmpty
        field.personal = personal
        fields.append(field)
        if case .ref(let target) = type.base {
          targets.append((target, typeNode))
        } else {
          targets.append(nil)
        }
      }
    }
    guard let key = fields.firstIndex(where: { $0.name == keyName }) else {
      let hint = NearMiss.hint(for: keyName, among: fields.map(\.name))
      diagnostics.append(
        reader.error("key '\(keyName)' is not a field of '\(name)'\(hint)", at: "key"))
      return (nil, [])
    }
    if fields[key].type.base != .id || fields[key].type.optional {
      diagnostics.append(reader.error("the key '\(keyName)' must have type 'id'", at: "key"))
    }
    var orderBy: [Int] = []
    if let orderNode = reader["order_by"] {
      let items = orderNode.items ?? [orderNode]
      for item in items {
        let fieldName = item.scalar ?? ""
        if let index = fields.firstIndex(where: { $0.name == fieldName }) {
          orderBy.append(index)
        } else {
          let hint = NearMiss.hint(for: fieldName, among: fields.map(\.name))
          diagnostics.append(
            file.error("order_by names unknown field '\(fieldName)'\(hint)", at: item))
        }
      }
    } else if let firstDate = fields.firstIndex(where: { $0.type.base == .date }) {
      orderBy = [firstDate]
    }
    let plural = Schema.plural(of: name)
    let listName = reader.text("as", diagnostics: &diagnostics) ?? plural
    let fileName = reader.text("file", diagnostics: &diagnostics) ?? plural + ".csv"
    let type = Schema.RecordType(
      name: name, key: key, fields: fields, listName: listName, file: fileName, orderBy: orderBy)
    return (type, targets)
  }
}
