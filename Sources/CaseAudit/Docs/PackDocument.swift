import Foundation

/// A pack's standards as a document model, rendered to Markdown or HTML by `PackDocumentWriter`.
///
/// Built once from the pack so both formats say the same thing.
public struct PackDocument: Sendable {
  /// One rule's section.
  public struct Section: Sendable {
    /// The rule's id.
    public var id: String
    /// Its title.
    public var title: String
    /// Label-value facts: standard, severity, weight, tags, what it scores.
    public var facts: [(label: String, value: String)]
    /// Label-expression pairs as written: for each, when, let, expect, evidence, message.
    public var logic: [(label: String, expression: String)]
    /// Its examples.
    public var examples: [Example]
  }

  /// One example, with its records as small tables.
  public struct Example: Sendable {
    /// The example's name.
    public var name: String
    /// The expected outcome (and items, when given).
    public var expected: String
    /// Run settings: as-at date and period, when given.
    public var settings: String?
    /// The records: collection name, column names, rows.
    public var tables: [(collection: String, fields: [String], rows: [[String]])]
  }

  /// One report of the pack (`reports:`) and what each of its tables counts.
  public struct Report: Sendable {
    /// The report's id (`caseaudit report --report ID`).
    public var id: String
    /// Its title.
    public var title: String
    /// What it is for, when the file says.
    public var description: String?
    /// The file, within the pack.
    public var file: String
    /// Who its consistency section counts, when the report says.
    public var consistency: String?
    /// Its tables: id, title and note (what it counts), in the file's order.
    public var tables: [(id: String, title: String, counts: String)]
  }

  /// The pack's title.
  public var title: String
  /// Identity line: id, version, path.
  public var subtitle: String
  /// Parameters: name and value.
  public var parameters: [(name: String, value: String)]
  /// Grading, in words.
  public var grading: String?
  /// One section per rule.
  public var sections: [Section]
  /// The pack's reports, in `reports:` order.
  public var reports: [Report]
  /// The practice questions, in the pack's order.
  public var questions: [Question] = []

  /// One practice question as the document lists it.
  public struct Question: Sendable {
    /// The question's id.
    public var id: String
    /// The question.
    public var question: String
    /// Label-value facts: the answers, the cases it applies to, the guidance.
    public var facts: [(label: String, value: String)]
  }

  /// Builds the document of a pack.
  public init(pack: RulePack) {
    title = pack.title
    subtitle = "Pack '\(pack.id)', version \(pack.version)"
    let empty = Dataset(schema: pack.schema, tables: [], lists: [], provided: [])
    parameters = pack.parameters.entries.map { ($0.name, empty.render($0.value)) }
    if let grading = pack.grading {
      var text = grading.bands.map { "\($0.name) from \(Int(($0.threshold * 100).rounded()))%" }
        .joined(separator: ", ")
      text = "Weighted score of met rules over met and not met: " + text + "."
      for (severity, band) in grading.caps.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        text += " A case with a \(severity.rawValue) rule not met is at best \(band)."
      }
      self.grading = text
    }
    sections = pack.rules.map(PackDocument.section)
    questions = pack.questions.map { question in
      let answers = question.scale.map { $0.label == $0.key ? $0.key : "\($0.key) (\($0.label))" }
      return Question(
        id: question.id, question: question.question,
        facts: [
          ("Answers", answers.joined(separator: ", ")),
          ("Applies to", question.appliesToText.map(PackDocument.flatten) ?? "every case"),
          ("Guidance", PackDocument.flatten(question.guidance)),
        ])
    }
    reports = pack.reports.map { report in
      Report(
        id: report.id, title: report.title, description: report.description, file: report.file,
        consistency: report.consistency?.note,
        // The engine adds compliance by standard to every report, after the pack's tables.
        tables: report.tables.map { ($0.id, $0.title, $0.note) } + [
          (ComplianceByStandard.id, ComplianceByStandard.title, ComplianceByStandard.note)
        ])
    }
  }

  private static func section(_ rule: Rule) -> Section {
    var facts: [(String, String)] = []
    if let standard = rule.standard { facts.append(("Standard", standard)) }
    facts.append(("Severity", rule.severity.rawValue))
    facts.append(("Weight", Dataset.number(rule.weight)))
    if !rule.tags.isEmpty { facts.append(("Tags", rule.tags.joined(separator: ", "))) }
    if !rule.enabled { facts.append(("Enabled", "no: not scored")) }
    var logic: [(String, String)] = []
    if let forEach = rule.text.forEach { logic.append(("For each", forEach)) }
    if let when = rule.text.when { logic.append(("Applies when", when)) }
    for entry in rule.text.lets { logic.append(("Let \(entry[0])", entry[1])) }
    logic.append(("Expect", rule.text.expect))
    for entry in rule.text.evidence { logic.append(("Evidence \(entry[0])", entry[1])) }
    if let message = rule.text.message { logic.append(("Message", message)) }
    let examples = rule.examples.map { example in
      var expected = example.outcome.rawValue
      if let items = example.items {
        expected += " (items: " + items.map(\.rawValue).joined(separator: ", ") + ")"
      }
      var settings: [String] = []
      if case .date(let day) = example.asAt { settings.append("as at \(day)") }
      if case .range(let start, let end) = example.period, start != nil || end != nil {
        settings.append("period \(start?.description ?? "")..\(end?.description ?? "")")
      }
      return Example(
        name: example.name, expected: expected,
        settings: settings.isEmpty ? nil : settings.joined(separator: ", "), tables: example.table)
    }
    return Section(
      id: rule.id, title: rule.title, facts: facts, logic: logic, examples: examples)
  }
}

extension PackDocument {
  /// Text written over several YAML lines, as one line.
  static func flatten(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }
}

extension Dataset {
  /// A number without a trailing `.0` when whole.
  static func number(_ value: Double) -> String {
    Int(exactly: value).map { String($0) } ?? String(value)
  }
}
