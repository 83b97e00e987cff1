/// Writes records as an SSDA903 return for one collection year (1 April to 31 March): Header,
/// Episodes open at any time in the year, and the year's Reviews, with `DD/MM/YYYY` dates.
public struct SSDA903Writer: Sendable {
  /// The records, in the canonical IRO schema.
  public let data: Dataset
  /// The first day of the collection year.
  public let yearStart: Day
  /// The last day of the collection year.
  public let yearEnd: Day

  /// Creates a writer for a year.
  public init(data: Dataset, yearStart: Day, yearEnd: Day) {
    self.data = data
    self.yearStart = yearStart
    self.yearEnd = yearEnd
  }

  /// The return's files by name.
  public func files() -> [(file: String, buffer: CSVBuffer)] {
    var header = CSVBuffer(header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"])
    var episodes = CSVBuffer(
      header: [
        "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
        "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN",
      ])
    var reviews = CSVBuffer(header: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"])
    let episode = table("episode")
    let review = table("review")
    var inYear = Set<String>()
    for row in 0..<episode.count {
      let start = day(episode, "start", row)!
      let end = day(episode, "end", row)
      guard start <= yearEnd, end.map({ $0 >= yearStart }) ?? true else { continue }
      let child = text(episode, "child_id", row)
      inYear.insert(child)
      let ended = end.map { $0 <= yearEnd } ?? false
      episodes.append(
        child, format(start), text(episode, "reason_new", row), text(episode, "legal_status", row),
        "N1", text(episode, "placement", row), "PR1", ended ? format(end!) : "",
        ended ? text(episode, "reason_ceased", row) : "", "", "", "", "")
    }
    let children = table("child")
    var dobs: [String: String] = [:]
    for row in 0..<children.count where inYear.contains(text(children, "child_id", row)) {
      let child = text(children, "child_id", row)
      dobs[child] = day(children, "dob", row).map(format) ?? ""
      header.append(
        child, text(children, "sex", row), dobs[child]!, text(children, "ethnicity", row), "", "",
        "")
    }
    for row in 0..<review.count {
      guard let held = day(review, "held_on", row), held >= yearStart, held <= yearEnd,
        value(review, "cancelled", row) != .bool(true),
        let dob = dobs[text(review, "child_id", row)]
      else { continue }
      reviews.append(
        text(review, "child_id", row), dob, format(held), text(review, "participation", row))
    }
    return [("Header.csv", header), ("Episodes.csv", episodes), ("Reviews.csv", reviews)]
  }

  private func table(_ type: String) -> (index: Int, count: Int) {
    let index = data.schema.typeIndex(type)!
    return (index, data.tables[index].count)
  }

  private func value(_ table: (index: Int, count: Int), _ field: String, _ row: Int) -> Value {
    guard let column = data.schema.types[table.index].fieldIndex(field) else { return .null }
    return data.tables[table.index].columns[column][row]
  }

  private func text(_ table: (index: Int, count: Int), _ field: String, _ row: Int) -> String {
    if case .string(let text) = value(table, field, row) { return text }
    return ""
  }

  private func day(_ table: (index: Int, count: Int), _ field: String, _ row: Int) -> Day? {
    if case .date(let day) = value(table, field, row) { return day }
    return nil
  }

  /// `DD/MM/YYYY`.
  private func format(_ day: Day) -> String {
    let (year, month, dayOfMonth) = day.components
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(two(dayOfMonth))/\(two(month))/\(year)"
  }
}
