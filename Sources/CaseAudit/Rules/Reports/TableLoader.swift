/// Reads one table of a report file: every key checked, every expression compiled, every row
/// list checked against the value it lays out.
struct TableLoader {
  /// The report file.
  let file: SourceFile
  /// The pack's schema.
  let schema: Schema
  /// The pack's labels.
  let labels: PackLabels

  static let keys = [
    "id", "title", "note", "row_heading", "for_each", "count", "where", "row", "rows", "unlisted",
    "order", "labels", "column", "columns", "column_labels", "dates", "date_key", "date_label",
    "total", "shares", "chart",
  ]

  /// The table, or nil with diagnostics.
  func load(
    _ node: YAMLNode, compiler: inout ExpressionCompiler, diagnostics: inout [Diagnostic]
  ) -> TableDefinition? {
    let start = diagnostics.count + compiler.diagnostics.count
    guard
      let reader = MappingReader(
        node, file: file, what: "a table", allowed: TableLoader.keys,
        required: ["id", "title", "note", "row"], diagnostics: &diagnostics),
      let id = reader.text("id", diagnostics: &diagnostics),
      let title = reader.text("title", diagnostics: &diagnostics),
      let note = reader.text("note", diagnostics: &diagnostics), let rowNode = reader["row"]
    else { return nil }
    if !RuleLoader.isSnakeCase(id) {
      diagnostics.append(
        reader.error("table id '\(id)' must be snake_case (a-z, 0-9, _)", at: "id"))
    }
    var scope = Scope()
    _ = compiler.takeReads()
    _ = compiler.takeTypesRead()
    var dates: TableDefinition.DateColumns?
    if let datesNode = reader["dates"] {
      dates = dateColumns(datesNode, reader, &scope, &compiler, &diagnostics)
    }
    var forEach: Rule.ForEach?
    if let forNode = reader["for_each"] {
      forEach = ForEachClause.compile(
        forNode, file: file, scope: &scope, compiler: &compiler, diagnostics: &diagnostics)
    }
    let countsCases = countsCases(reader, hasForEach: reader["for_each"] != nil, &diagnostics)
    var condition: Compiled?
    if let whereNode = reader["where"] {
      condition = compiler.compile(
        ExpressionSource(node: whereNode, file: file), in: scope, expecting: .bool, role: "where")
    }
    let row = key(rowNode, role: "row", scope, &compiler, &diagnostics)
    var rows = layout(
      reader["rows"], of: row, vocabulary: reader["labels"], reader, &diagnostics)
    rows.order = order(reader, &diagnostics)
    unlisted(reader, &rows, &diagnostics)
    let columns = columnSource(reader, dates: dates, scope, &compiler, &diagnostics)
    let total = flag("total", reader, &diagnostics)
    if total, rows.listedKeys.contains("total") {
      diagnostics.append(
        reader.error(
          "'total' is the key of the total row; give the listed row another key", at: "rows"))
    }
    var chart: ChartDefinition?
    if let chartNode = reader["chart"] {
      chart = self.chart(chartNode, title: title, columns: columns, &diagnostics)
    }
    guard diagnostics.count + compiler.diagnostics.count == start, let row else { return nil }
    if reader["for_each"] != nil, forEach == nil { return nil }
    // `dateColumns` took the reads before it (none) and refuses dates that read records, so
    // what is left is what the rest of the table reads.
    let reads = compiler.takeReadsInOrder()
    let typesRead = compiler.takeTypesRead().subtracting([schema.caseType]).sorted()
    var table = TableDefinition(
      id: id, title: title, note: note,
      rowHeading: reader.text("row_heading", diagnostics: &diagnostics) ?? "",
      forEach: forEach, countsCases: countsCases, condition: condition, row: row, rows: rows,
      columns: columns ?? .count, total: total, shares: flag("shares", reader, &diagnostics),
      chart: chart)
    table.reads = reads
    table.typesRead = typesRead
    return table
  }

  /// `dates: LIST as NAME`: the list must hold dates; NAME is bound for every other expression.
  private func dateColumns(
    _ node: YAMLNode, _ reader: MappingReader, _ scope: inout Scope,
    _ compiler: inout ExpressionCompiler, _ diagnostics: inout [Diagnostic]
  ) -> TableDefinition.DateColumns? {
    let source = ExpressionSource(node: node, file: file)
    guard let name = ForEachClause.variableName(source.text),
      let range = source.text.range(of: " as ", options: .backwards)
    else {
      diagnostics.append(
        source.error(
          "dates must end with 'as NAME', as in 'years_back(audit.as_at, 7) as d'",
          at: source.text.unicodeScalars.count))
      return nil
    }
    let slot = compiler.newSlot()
    let listText = String(source.text[..<range.lowerBound])
    _ = compiler.takeReads()
    var list = compiler.compile(
      ExpressionSource(text: listText, within: source, offset: 0), in: Scope(),
      expecting: .list(.date), role: "dates")
    // The columns are the same for every case, so the dates are computed once, from the run.
    let reads = compiler.takeReadsInOrder()
    if let read = reads.first, list != nil {
      let type = schema.types[read.type]
      diagnostics.append(
        source.error(
          "dates must not read the records ('\(type.name).\(type.fields[read.field].name)'):"
            + " the columns are the same for every case; use audit.as_at, audit.period or params",
          at: 0))
      list = nil
    }
    scope = scope.binding(name, slot: slot, type: .date)
    let key = reader["date_key"].flatMap {
      self.key($0, role: "date_key", scope, &compiler, &diagnostics)
    }
    let label = reader["date_label"].flatMap {
      self.key($0, role: "date_label", scope, &compiler, &diagnostics)
    }
    guard let list else { return nil }
    return TableDefinition.DateColumns(
      variable: name, slot: slot, list: list, key: key, label: label)
  }

  /// `count: items | cases`; without `for_each` a table counts cases.
  private func countsCases(
    _ reader: MappingReader, hasForEach: Bool, _ diagnostics: inout [Diagnostic]
  ) -> Bool {
    guard let text = reader.text("count", diagnostics: &diagnostics) else { return !hasForEach }
    switch text {
    case "cases": return true
    case "items" where hasForEach: return false
    case "items":
      diagnostics.append(
        reader.error("count: items needs for_each; without it a table counts cases", at: "count"))
    default:
      diagnostics.append(
        reader.error("count must be items or cases, not '\(text)'", at: "count"))
    }
    return !hasForEach
  }

  /// A row, column or date key: text, a number, a date, true/false, or a list of them.
  func key(
    _ node: YAMLNode, role: String, _ scope: Scope, _ compiler: inout ExpressionCompiler,
    _ diagnostics: inout [Diagnostic]
  ) -> Compiled? {
    let source = ExpressionSource(node: node, file: file)
    guard let compiled = compiler.compile(source, in: scope) else { return nil }
    guard TableLoader.isKey(compiled.type) else {
      let syntax = try? ExpressionParser.parse(source.text).get()
      diagnostics.append(
        source.error(
          "\(role) must give a key (text, a number, a date or true/false) or a list of keys,"
            + " but this is \(compiler.described(compiled.type))",
          at: syntax?.startOffset ?? 0))
      return nil
    }
    return compiled
  }

  private static func isKey(_ type: ValueType) -> Bool {
    switch type {
    case .bool, .int, .decimal, .string, .date, .null, .invalid: true
    case .list(let element): element != .null && isKey(element) && element.element == nil
    case .duration, .range, .record, .pair: false
    }
  }

  private func flag(_ key: String, _ reader: MappingReader, _ diagnostics: inout [Diagnostic])
    -> Bool
  {
    guard let text = reader.text(key, diagnostics: &diagnostics) else { return false }
    guard text == "true" || text == "false" else {
      diagnostics.append(reader.error("\(key) must be true or false, not '\(text)'", at: key))
      return false
    }
    return text == "true"
  }

  private func order(_ reader: MappingReader, _ diagnostics: inout [Diagnostic])
    -> AxisLayout.Order
  {
    switch reader.text("order", diagnostics: &diagnostics) {
    case nil, "key": return .key
    case "count": return .count
    case let other?:
      diagnostics.append(reader.error("order must be key or count, not '\(other)'", at: "order"))
      return .key
    }
  }

  /// `unlisted: KEY`: values not listed are counted in that listed row.
  private func unlisted(
    _ reader: MappingReader, _ rows: inout AxisLayout, _ diagnostics: inout [Diagnostic]
  ) {
    guard let key = reader.text("unlisted", diagnostics: &diagnostics) else { return }
    guard rows.listedKeys.contains(key) else {
      let hint = NearMiss.hint(for: key, among: rows.listedKeys)
      diagnostics.append(
        reader.error("unlisted must name a listed row; '\(key)' is not one\(hint)", at: "unlisted"))
      return
    }
    if rows.entries.contains(.others) {
      diagnostics.append(
        reader.error(
          "a row list with '(others)' has no unlisted values to count in '\(key)'",
          at: "unlisted"))
    }
    rows.unlisted = .into(key)
  }
}
