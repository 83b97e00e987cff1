/// The periods of care of each child, to find the period a review belongs to when the export
/// does not say: the child's period whose start is on or before the review's date and whose end
/// is empty or on or after it. Every importer attributes reviews this way (the SSDA903 return
/// always, the canonical format and mapped exports when `period_id` is empty).
struct PeriodsOfCare {
  /// One period: its id and its first and last days (no end while it is open).
  struct Span {
    var id: String
    var start: Day
    var end: Day?

    /// Whether the period contains a day, both ends included.
    func contains(_ day: Day) -> Bool { start <= day && (end.map { day <= $0 } ?? true) }
  }

  /// Where a day falls among a child's periods.
  enum Attribution: Equatable {
    /// In exactly one period: the review's period.
    case period(String)
    /// In none: the review's period is unknown.
    case none
    /// In two or more (the periods overlap): which one is unknown.
    case several([String])
  }

  private var spans: [String: [Span]] = [:]

  /// Adds a period of a child.
  mutating func add(child: String, _ span: Span) { spans[child, default: []].append(span) }

  /// The period of a child containing a day.
  func attribution(of day: Day, child: String) -> Attribution {
    Self.attribution(of: day, among: spans[child] ?? [])
  }

  /// The period among one child's periods containing a day.
  static func attribution(of day: Day, among spans: [Span]) -> Attribution {
    let containing = spans.filter { $0.contains(day) }.map(\.id).sorted {
      $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
    switch containing.count {
    case 0: return .none
    case 1: return .period(containing[0])
    default: return .several(containing)
    }
  }

  /// The warning for a review whose period could not be found, or nil when it was; `lead`
  /// says what the export lacked (`period_id is empty and `), and the diagnostic's location
  /// should be the review's date cell.
  static func warning(
    for attribution: Attribution, held: Day, lead: String = "", at location: SourceLocation?
  ) -> Diagnostic? {
    let consequence = ": its period is unknown, so rules that need it give insufficient evidence"
    switch attribution {
    case .period: return nil
    case .none:
      return Diagnostic(
        .warning,
        "\(lead)the review held on '\(held)' falls in no period of care of the child"
          + consequence, at: location, kind: "review outside care")
    case .several(let ids):
      let list = ids.map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        .warning,
        "\(lead)the review held on '\(held)' falls in \(ids.count) periods of care of the child"
          + " (\(list))" + consequence, at: location, kind: "review in overlapping periods")
    }
  }
}
