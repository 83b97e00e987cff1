/// What `history moderate` did with each row of a findings.csv: the rows it stored and what
/// happened to the rest, so the count printed is what the history now holds.
public struct ModerationTally: Sendable, Hashable {
  /// Data rows in the file.
  public var rows = 0
  /// Rows without an auditor_outcome: nothing to store.
  public var blank = 0
  /// Rows repeating an earlier row of the file (same finding, auditor, outcome and note).
  public var repeated = 0
  /// Rows the history already held as they are: left unchanged.
  public var unchanged = 0
  /// Moderations stored that the history did not hold.
  public var added = 0
  /// Moderations stored over the same auditor's earlier, different outcome or note.
  public var replaced = 0

  /// Answers to practice questions stored that the history did not hold.
  public var answersAdded = 0
  /// Answers stored over the same auditor's earlier, different answer or note.
  public var answersReplaced = 0

  /// Moderations written to the history.
  public var stored: Int { added + replaced }

  /// The sentence `history moderate` prints: "726 moderated findings stored for audit 1 (726
  /// new); of the file's 10,000 rows, 9,274 have no auditor_outcome".
  public func sentence(audit: Int64) -> String {
    var head = "\(Self.count(stored)) moderated finding\(stored == 1 ? "" : "s") stored for"
    head += " audit \(audit)"
    let kinds = [(added, "new"), (replaced, "replacing the same auditor's earlier outcome")]
      .filter { $0.0 > 0 }.map { "\(Self.count($0.0)) \($0.1)" }
    if !kinds.isEmpty { head += " (" + kinds.joined(separator: ", ") + ")" }
    let answers = answersAdded + answersReplaced
    if answers > 0 {
      let kinds = [
        (answersAdded, "new"), (answersReplaced, "replacing the same auditor's earlier"),
      ].filter { $0.0 > 0 }.map { "\(Self.count($0.0)) \($0.1)" }
      head += ", and \(Self.count(answers)) answer\(answers == 1 ? "" : "s") to practice questions"
      head += " (" + kinds.joined(separator: ", ") + ")"
    }
    var rest: [String] = []
    if blank > 0 {
      rest.append("\(Self.count(blank)) \(blank == 1 ? "has" : "have") no auditor_outcome")
    }
    if unchanged > 0 {
      rest.append(
        "\(Self.count(unchanged)) \(unchanged == 1 ? "was" : "were") stored before as"
          + " \(unchanged == 1 ? "it is" : "they are") and left unchanged")
    }
    if repeated > 0 {
      rest.append(
        "\(Self.count(repeated)) repeat\(repeated == 1 ? "s" : "") an earlier row of the file")
    }
    guard !rest.isEmpty else { return head + "; the file has \(Self.count(rows)) rows" }
    return head + "; of the file's \(Self.count(rows)) rows, " + rest.joined(separator: ", ")
  }

  /// A count with thousands separated by commas, as the sentence shows it.
  static func count(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return out
  }
}
