/// Counts one table of a report over the cases: each case's items at each date column, by row
/// and column key. Expressions were compiled when the pack loaded; a worker reuses one frame.
struct TableCounter {
  /// The table.
  let table: TableDefinition
  /// The records.
  let data: Dataset
  /// The date columns' dates, keys and labels, evaluated once (empty for other tables).
  let dates: [(day: Value, key: String, label: String)]
  /// The date columns left out because their dates are unknown, which the table's note says.
  let unknownDates: UnknownDates
  /// How many date columns are left out because they fall before the export's records begin,
  /// and that day; nil when none is.
  let beforeRecords: (count: Int, from: Day)?
  /// What the table reads that the export does not provide (`allocations`), or nil: then no
  /// case is counted, and the note says why.
  let notProvided: String?
  /// The listed row and column keys, for `unlisted: KEY`.
  private let listedRows: Set<String>
  private let listedColumns: Set<String>
  /// The parts evaluated for every case and item, taken out of `table` once: reading them
  /// through it copied the `for_each` and the columns' layout for every case and item.
  private let items: (slot: Int, list: Eval)?
  private let condition: Eval?
  private let row: Eval
  private let columnValue: Eval?
  private let columnLayout: AxisLayout?
  private let dateSlot: Int?
  private let rowLayout: AxisLayout
  private let countsCases: Bool

  /// Prepares a table, evaluating its date columns with the frame given (no case read).
  init(_ table: TableDefinition, data: Dataset, frame: Frame) {
    self.table = table
    self.data = data
    listedRows = Set(table.rows.listedKeys)
    if case .value(let value, let layout) = table.columns {
      listedColumns = Set(layout.listedKeys)
      (columnValue, columnLayout) = (value.eval, layout)
    } else {
      listedColumns = []
      (columnValue, columnLayout) = (nil, nil)
    }
    items = table.forEach.map { ($0.slot, $0.list.eval) }
    condition = table.condition?.eval
    row = table.row.eval
    dateSlot = table.dateSlot
    rowLayout = table.rows
    countsCases = table.countsCases
    notProvided = data.notProvided(table.reads, types: table.typesRead)
    var frame = frame
    guard case .dates(let columns) = table.columns else {
      dates = []
      unknownDates = .none
      beforeRecords = nil
      return
    }
    guard case .list(var days) = columns.list.eval(&frame) else {
      dates = []
      unknownDates = .all
      beforeRecords = nil
      return
    }
    // A count on a day the export does not hold every case of would be short.
    if let from = data.recordsFrom {
      let kept = days.filter { day in
        guard case .date(let date) = day else { return true }
        return date >= from
      }
      beforeRecords = kept.count < days.count ? (days.count - kept.count, from) : nil
      days = kept
    } else {
      beforeRecords = nil
    }
    let unknown = days.filter(\.isNull).count
    unknownDates = unknown == 0 ? .none : .some(unknown)
    dates = days.filter { !$0.isNull }.map { day in
      frame.slots[columns.slot] = day
      let key = columns.key.map { data.render($0.eval(&frame)) } ?? data.render(day)
      let label = columns.label.map { data.render($0.eval(&frame)) } ?? key
      return (day, key, label)
    }
  }

  /// Counts the cases at `rows` with the frame given.
  func count(rows caseRows: ArraySlice<Int>, frame: inout Frame) -> PartialCounts {
    var counts = PartialCounts()
    var caseCells: Set<CellKey> = []
    let caseType = data.schema.caseType
    guard notProvided == nil else {
      counts.unknownCases = caseRows.count
      return counts
    }
    for row in caseRows {
      frame.caseRecord = RecordRef(type: caseType, row: row)
      // A case that lost records the table reads would be counted as if they were empty.
      if data.isIncomplete(table.typesRead, case: frame.caseRecord) {
        counts.unknownCases += 1
        continue
      }
      caseCells.removeAll(keepingCapacity: true)
      var unknown = false
      var any = false
      let passes = dates.isEmpty ? (dateSlot == nil ? 1 : 0) : dates.count
      for pass in 0..<passes {
        var column = "count"
        if let slot = dateSlot {
          frame.slots[slot] = dates[pass].day
          column = dates[pass].key
        }
        guard case let (slot, list)? = self.items else {
          any = place(&counts, &caseCells, column: column, frame: &frame) || any
          continue
        }
        guard case .list(let items) = list(&frame) else {
          unknown = true
          continue
        }
        for item in items {
          frame.slots[slot] = item
          any = place(&counts, &caseCells, column: column, frame: &frame) || any
        }
      }
      if unknown { counts.unknownCases += 1 }
      if countsCases {
        for cell in caseCells { counts.cells[cell, default: 0] += 1 }
        if any { counts.counted += 1 }
      }
    }
    return counts
  }

  /// Counts the current item (or case) in its cells; whether it was counted.
  private func place(
    _ counts: inout PartialCounts, _ caseCells: inout Set<CellKey>, column dateColumn: String,
    frame: inout Frame
  ) -> Bool {
    if let condition {
      switch condition(&frame) {
      case .bool(true): break
      case .bool(false): return false
      default:
        counts.uncounted += 1
        return false
      }
    }
    var column = dateColumn
    if let columnValue, let columnLayout {
      column = key(columnValue(&frame), columnLayout, listedColumns)
    }
    let rowValue = row(&frame)
    if case .list(let keys) = rowValue {
      for rowKey in Set(keys.map { key($0, rowLayout, listedRows) }) {
        add(CellKey(row: rowKey, column: column), &counts, &caseCells)
      }
    } else {
      add(CellKey(row: key(rowValue, rowLayout, listedRows), column: column), &counts, &caseCells)
    }
    if !countsCases { counts.counted += 1 }
    return true
  }

  private func add(_ cell: CellKey, _ counts: inout PartialCounts, _ caseCells: inout Set<CellKey>)
  {
    if countsCases {
      caseCells.insert(cell)
    } else {
      counts.cells[cell, default: 0] += 1
    }
  }

  /// A value's key, moved into the layout's `unlisted` row when it is not listed.
  private func key(_ value: Value, _ layout: AxisLayout, _ listed: Set<String>) -> String {
    let text = data.render(value)
    guard case .into(let other) = layout.unlisted, !listed.contains(text) else {
      return text
    }
    return other
  }
}

extension TableDefinition {
  /// The slot of the date columns' name, when the columns are dates.
  var dateSlot: Int? {
    if case .dates(let columns) = columns { return columns.slot }
    return nil
  }
}
