extension TableLoader {
  /// A `rows:` or `columns:` list: keys, `key: label` pairs, `(codes of type.field)` and
  /// `(others)`. Keys must be unique, and one of the codes when the value reads a code field.
  func layout(
    _ node: YAMLNode?, of value: Compiled?, vocabulary: YAMLNode?, _ reader: MappingReader,
    _ diagnostics: inout [Diagnostic]
  ) -> AxisLayout {
    var layout = AxisLayout.open()
    if let vocabulary {
      layout.labels = self.vocabulary(vocabulary, &diagnostics) ?? [:]
    }
    guard let node else { return layout }
    guard let items = node.items else {
      diagnostics.append(
        file.error(
          "a row or column list must be a list of keys, 'key: label' pairs, '(codes of"
            + " type.field)' and '(others)'", at: node))
      return layout
    }
    var seen: Set<String> = []
    for item in items {
      guard let entry = entry(item, &diagnostics) else { continue }
      let keys: [String]
      switch entry {
      case .key(let key, _): keys = [key]
      case .codes(let list):
        keys = list.codes
        if let labels = self.labels.vocabularies[list.field] {
          layout.codeLabels[list.field] = labels
        }
      case .others:
        if layout.entries.contains(.others) {
          diagnostics.append(file.error("'(others)' is listed twice", at: item))
          continue
        }
        keys = []
      }
      for key in keys {
        if !seen.insert(key).inserted {
          diagnostics.append(file.error("'\(key)' is listed twice", at: item))
        } else if case .key = entry, let codes = value?.codes, !codes.codes.contains(key) {
          let hint = NearMiss.hint(for: key, among: codes.codes)
          diagnostics.append(
            file.error("'\(key)' is not one of the codes of \(codes.field)\(hint)", at: item))
        }
      }
      layout.entries.append(entry)
    }
    return layout
  }

  private func entry(_ item: YAMLNode, _ diagnostics: inout [Diagnostic]) -> AxisLayout.Entry? {
    if let pairs = item.pairs, pairs.count == 1, let key = pairs[0].key.scalar,
      let label = pairs[0].value.scalar, !pairs[0].value.isNull
    {
      return .key(key, label: label)
    }
    guard let text = item.scalar, !item.isNull else {
      diagnostics.append(
        file.error(
          "each entry must be a key or 'key: label', not \(item.kindDescription)", at: item))
      return nil
    }
    guard text.hasPrefix("(") else { return .key(text, label: nil) }
    if text == "(others)" { return .others }
    let prefix = "(codes of "
    guard text.hasPrefix(prefix), text.hasSuffix(")") else {
      diagnostics.append(
        file.error(
          "unknown entry '\(text)'; expected '(others)' or '(codes of type.field)'", at: item))
      return nil
    }
    let name = String(text.dropFirst(prefix.count).dropLast())
    let parts = name.split(separator: ".").map(String.init)
    guard parts.count == 2, let type = schema.typeIndex(parts[0]),
      let field = schema.types[type].fieldIndex(parts[1])
    else {
      diagnostics.append(
        file.error("'\(name)' is not a field of the schema as type.field", at: item))
      return nil
    }
    guard case .code(let codes) = schema.types[type].fields[field].type.base else {
      diagnostics.append(file.error("'\(name)' is not a code field", at: item))
      return nil
    }
    return .codes(CodeList(field: name, codes: codes))
  }

  /// A `labels:` or `column_labels:` name: one of the labels file's vocabularies.
  private func vocabulary(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> [String: String]?
  {
    let name = node.scalar ?? ""
    guard let labels = self.labels.vocabularies[name] else {
      let hint = NearMiss.hint(for: name, among: Array(self.labels.vocabularies.keys))
      diagnostics.append(
        file.error("no vocabulary '\(name)' in the pack's labels.yaml\(hint)", at: node))
      return nil
    }
    return labels
  }

  /// The columns: `column:` with `columns:`, or `dates:`, or the one count column.
  func columnSource(
    _ reader: MappingReader, dates: TableDefinition.DateColumns?, _ scope: Scope,
    _ compiler: inout ExpressionCompiler, _ diagnostics: inout [Diagnostic]
  ) -> TableDefinition.ColumnSource? {
    if reader["dates"] != nil {
      for key in ["column", "columns", "column_labels"] where reader[key] != nil {
        diagnostics.append(
          reader.error("a table with dates for columns takes no '\(key)'", at: key))
      }
      return dates.map { .dates($0) }
    }
    for key in ["date_key", "date_label"] where reader[key] != nil {
      diagnostics.append(reader.error("'\(key)' needs 'dates'", at: key))
    }
    guard let columnNode = reader["column"] else {
      for key in ["columns", "column_labels"] where reader[key] != nil {
        diagnostics.append(reader.error("'\(key)' needs 'column'", at: key))
      }
      return .count
    }
    let column = key(columnNode, role: "column", scope, &compiler, &diagnostics)
    let layout = self.layout(
      reader["columns"], of: column, vocabulary: reader["column_labels"], reader, &diagnostics)
    return column.map { .value($0, layout) }
  }

  /// `chart: {kind: bars | lines, title, value_label}`, on a table with columns to draw across.
  func chart(
    _ node: YAMLNode, title: String, columns: TableDefinition.ColumnSource?,
    _ diagnostics: inout [Diagnostic]
  ) -> ChartDefinition? {
    guard
      let reader = MappingReader(
        node, file: file, what: "a chart", allowed: ["kind", "title", "value_label"],
        required: ["kind"], diagnostics: &diagnostics),
      let kindText = reader.text("kind", diagnostics: &diagnostics)
    else { return nil }
    let kinds: [String: ReportChart.Kind] = ["bars": .bars, "lines": .lines]
    guard let kind = kinds[kindText] else {
      let hint = NearMiss.hint(for: kindText, among: ["bars", "lines"])
      diagnostics.append(
        reader.error("chart kind must be bars or lines, not '\(kindText)'\(hint)", at: "kind"))
      return nil
    }
    if case .count? = columns {
      diagnostics.append(
        file.error(
          "a chart draws a table's columns as its categories, but this table has only its count;"
            + " give it 'column' or 'dates', or leave the chart out", at: node))
      return nil
    }
    return ChartDefinition(
      kind: kind, title: reader.text("title", diagnostics: &diagnostics) ?? title,
      valueLabel: reader.text("value_label", diagnostics: &diagnostics) ?? "Count")
  }
}
