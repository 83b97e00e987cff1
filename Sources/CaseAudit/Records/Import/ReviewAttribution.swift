/// Gives each review whose `period_id` is empty the child's period of care that contains its
/// `held_on`, in the canonical format and in exports read through a mapping, as the SSDA903
/// importer does for every review (`PeriodsOfCare`). A review in no period, in two, or with no
/// date keeps an empty period and is reported at its row.
///
/// It works on the canonical format's own names (`review.period_id`, `review.held_on`,
/// `period.start`, `period.end`, the `child_id` of both); a schema without them is left alone.
struct ReviewAttribution {
  private let review: Int
  private let period: Int
  private let reviewPeriod: Int
  private let reviewChild: Int
  private let reviewHeld: Int
  private let periodChild: Int
  private let periodStart: Int
  private let periodEnd: Int
  private let periodKey: Int

  /// The attribution for a schema with the canonical review and period fields, else nil.
  init?(schema: Schema) {
    guard let review = schema.typeIndex("review"), let period = schema.typeIndex("period")
    else { return nil }
    let reviewType = schema.types[review]
    let periodType = schema.types[period]
    guard let reviewPeriod = reviewType.fieldIndex("period_id"),
      reviewType.fields[reviewPeriod].target == period,
      let reviewChild = reviewType.fieldIndex("child_id"),
      let reviewHeld = reviewType.fieldIndex("held_on"),
      let periodChild = periodType.fieldIndex("child_id"),
      periodType.fields[periodChild].target == reviewType.fields[reviewChild].target,
      let periodStart = periodType.fieldIndex("start"),
      let periodEnd = periodType.fieldIndex("end")
    else { return nil }
    (self.review, self.period, self.reviewPeriod, self.reviewChild, self.reviewHeld) = (
      review, period, reviewPeriod, reviewChild, reviewHeld
    )
    (self.periodChild, self.periodStart, self.periodEnd) = (periodChild, periodStart, periodEnd)
    periodKey = periodType.key
  }

  /// The field it fills: the review type and its `period_id`.
  var filledField: (type: Int, field: Int) { (review, reviewPeriod) }

  /// Fills the empty `period_id` of accepted reviews from the accepted periods; returns false
  /// (and does nothing) when the export lacks reviews or periods.
  ///
  /// Children and periods are matched by their interned texts' numbers and bytes, not as
  /// `String`s: only the periods of the children of reviews to place are gathered, and only
  /// the ids given are looked for among the reviews' period ids.
  func attribute(
    _ tables: inout [TypedTable], accepted: [[Bool]], diagnostics: inout [Diagnostic]
  ) -> Bool {
    guard tables[review].provided, tables[period].provided else { return false }
    let table = tables[review]
    guard case .strings(var codes, var texts) = table.columns[reviewPeriod].storage,
      case .dates(let held) = table.columns[reviewHeld].storage,
      case .strings(let childCodes, let childTexts) = table.columns[reviewChild].storage
    else { return false }
    // Most exports give every review its period: the periods are indexed only when one lacks it.
    let placed = (0..<table.count).filter { accepted[review][$0] && codes[$0] < 0 }
    guard !placed.isEmpty else { return true }
    // The children of the reviews to place, numbered among themselves.
    var children = ByteInterner()
    var childOf = [Int32](repeating: -1, count: childTexts.count)
    for row in placed where held[row] != Int32.min && childCodes[row] >= 0 {
      let code = Int(childCodes[row])
      if childOf[code] < 0 {
        childOf[code] = Self.withBytes(childTexts[code]) { children.intern($0) }
      }
    }
    let spans = periodsOfCare(tables[period], accepted: accepted[period], of: children)
    // The date cell, where the file has one, is what placed the review (or failed to).
    let column = (table.fileColumns[reviewHeld] ?? table.fileColumns[reviewPeriod] ?? 0) + 1
    var given: [(row: Int, id: String)] = []
    for row in placed {
      let location = SourceLocation(
        file: table.path, line: Int(table.rowNumbers[row]), column: column)
      guard held[row] != Int32.min, childCodes[row] >= 0 else {
        diagnostics.append(
          Diagnostic(
            .warning,
            "period_id and held_on are empty: the review's period is unknown, so rules that"
              + " need it give insufficient evidence", at: location,
            kind: "review without date or period"))
        continue
      }
      let day = Day(number: Int(held[row]))
      let child = Int(childOf[Int(childCodes[row])])
      let attribution = PeriodsOfCare.attribution(of: day, among: spans[child])
      guard case .period(let id) = attribution else {
        let warning = PeriodsOfCare.warning(
          for: attribution, held: day, lead: "period_id is empty and ", at: location)
        if let warning { diagnostics.append(warning) }
        continue
      }
      given.append((row, id))
    }
    // Each id given takes the number of an equal text the column has, else a new one, in
    // order of first use.
    var ids = ByteInterner()
    let idOf = given.map { Self.withBytes($0.id) { ids.intern($0) } }
    var number = [Int32](repeating: -1, count: ids.count)
    if !given.isEmpty {
      for (code, text) in texts.enumerated() {
        guard let id = Self.withBytes(text, { ids.find($0) }), number[Int(id)] < 0 else {
          continue
        }
        number[Int(id)] = Int32(code)
      }
    }
    for ((row, id), local) in zip(given, idOf) {
      if number[Int(local)] < 0 {
        number[Int(local)] = Int32(texts.count)
        texts.append(id)
      }
      codes[row] = number[Int(local)]
    }
    tables[review].columns[reviewPeriod] = Column(storage: .strings(codes: codes, table: texts))
    return true
  }

  /// The accepted periods of each of `children` (by their number there): a period's child is
  /// looked for once per distinct text of the period's `child_id` column.
  private func periodsOfCare(
    _ table: TypedTable, accepted: [Bool], of children: ByteInterner
  ) -> [[PeriodsOfCare.Span]] {
    var spans = [[PeriodsOfCare.Span]](repeating: [], count: children.count)
    guard case .dates(let starts) = table.columns[periodStart].storage,
      case .dates(let ends) = table.columns[periodEnd].storage,
      case .strings(let idCodes, let ids) = table.columns[periodKey].storage,
      case .strings(let childCodes, let childTexts) = table.columns[periodChild].storage
    else { return spans }
    // -2 until looked for, -1 for a child without reviews to place.
    var childOf = [Int32](repeating: -2, count: childTexts.count)
    for row in 0..<table.count where accepted[row] && starts[row] != Int32.min {
      guard idCodes[row] >= 0, childCodes[row] >= 0 else { continue }
      let code = Int(childCodes[row])
      if childOf[code] == -2 {
        childOf[code] = Self.withBytes(childTexts[code]) { children.find($0) } ?? -1
      }
      guard childOf[code] >= 0 else { continue }
      let end = ends[row] == Int32.min ? nil : Day(number: Int(ends[row]))
      spans[Int(childOf[code])].append(
        .init(id: ids[Int(idCodes[row])], start: Day(number: Int(starts[row])), end: end))
    }
    return spans
  }

  /// Calls `body` with a text's UTF-8 bytes.
  private static func withBytes<Result>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var text = text
    return text.withUTF8(body)
  }
}
