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
  func attribute(
    _ tables: inout [TypedTable], accepted: [[Bool]], diagnostics: inout [Diagnostic]
  ) -> Bool {
    guard tables[review].provided, tables[period].provided else { return false }
    let table = tables[review]
    guard case .strings(var codes, var texts) = table.columns[reviewPeriod].storage,
      case .dates(let held) = table.columns[reviewHeld].storage
    else { return false }
    // Most exports give every review its period: the periods are indexed only when one lacks it.
    guard (0..<table.count).contains(where: { accepted[review][$0] && codes[$0] < 0 }) else {
      return true
    }
    let spans = periodsOfCare(tables[period], accepted: accepted[period])
    var codeOf = Dictionary(texts.enumerated().map { ($1, Int32($0)) }) { first, _ in first }
    // The date cell, where the file has one, is what placed the review (or failed to).
    let column = (table.fileColumns[reviewHeld] ?? table.fileColumns[reviewPeriod] ?? 0) + 1
    for row in 0..<table.count where accepted[review][row] && codes[row] < 0 {
      let location = SourceLocation(
        file: table.path, line: Int(table.rowNumbers[row]), column: column)
      guard held[row] != Int32.min, let child = table.columns[reviewChild].text(row) else {
        diagnostics.append(
          Diagnostic(
            .warning,
            "period_id and held_on are empty: the review's period is unknown, so rules that"
              + " need it give insufficient evidence", at: location,
            kind: "review without date or period"))
        continue
      }
      let day = Day(number: Int(held[row]))
      let attribution = spans.attribution(of: day, child: child)
      guard case .period(let id) = attribution else {
        let warning = PeriodsOfCare.warning(
          for: attribution, held: day, lead: "period_id is empty and ", at: location)
        if let warning { diagnostics.append(warning) }
        continue
      }
      if let code = codeOf[id] {
        codes[row] = code
      } else {
        codes[row] = Int32(texts.count)
        codeOf[id] = Int32(texts.count)
        texts.append(id)
      }
    }
    tables[review].columns[reviewPeriod] = Column(storage: .strings(codes: codes, table: texts))
    return true
  }

  /// The accepted periods of each child.
  private func periodsOfCare(_ table: TypedTable, accepted: [Bool]) -> PeriodsOfCare {
    var spans = PeriodsOfCare()
    guard case .dates(let starts) = table.columns[periodStart].storage,
      case .dates(let ends) = table.columns[periodEnd].storage
    else { return spans }
    for row in 0..<table.count where accepted[row] && starts[row] != Int32.min {
      guard let id = table.columns[periodKey].text(row),
        let child = table.columns[periodChild].text(row)
      else { continue }
      let end = ends[row] == Int32.min ? nil : Day(number: Int(ends[row]))
      spans.add(child: child, .init(id: id, start: Day(number: Int(starts[row])), end: end))
    }
    return spans
  }
}
