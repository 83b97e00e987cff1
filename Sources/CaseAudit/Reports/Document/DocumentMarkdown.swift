/// Any `ReportDocument` as GitHub Markdown: headings, facts as a list, tables as pipe tables
/// (numbers right-aligned), a chart as a small table of its numbers and a figure as its
/// description. Every text is escaped (`MarkdownText`), so a record's value cannot break a
/// table, form a link or carry HTML. Written in one pass: linear in the document's size.
public struct DocumentMarkdown: Sendable {
  /// The document.
  public let document: ReportDocument

  /// Creates the renderer.
  public init(document: ReportDocument) { self.document = document }

  private static let m = MarkdownText.escape

  /// The Markdown text.
  public func render() -> String {
    var out = ""
    out.reserveCapacity(32 * 1024)
    out += "# \(Self.m(document.title))\n\n"
    if !document.facts.isEmpty {
      Self.definitions(document.facts, into: &out)
      out += "\n"
    }
    for notice in document.notices { out += "> \(Self.m(notice))\n>\n" }
    if !document.notices.isEmpty {
      out.removeLast(2)
      out += "\n"
    }
    for section in document.sections { Self.section(section, level: 2, into: &out) }
    while out.hasSuffix("\n\n") { out.removeLast() }
    return out
  }

  private static func section(_ section: ReportSection, level: Int, into out: inout String) {
    out += String(repeating: "#", count: min(level, 6)) + " \(m(section.heading))\n\n"
    for block in section.blocks { Self.block(block, level: level, into: &out) }
    for subsection in section.subsections {
      Self.section(subsection, level: level + 1, into: &out)
    }
  }

  private static func block(_ block: ReportBlock, level: Int, into out: inout String) {
    switch block {
    case .paragraph(let text): out += "\(m(text))\n\n"
    case .list(let items):
      for item in items { out += "- \(m(item))\n" }
      out += "\n"
    case .table(let table): DocumentMarkdownTable.render(table, into: &out)
    case .chart(let chart): DocumentMarkdownTable.render(chart, into: &out)
    // The caption names what the figure shows (which standard a funnel plot is of); the
    // description gives its figures in words, as the picture cannot be shown.
    case .figure(let figure): out += "**\(m(figure.caption))**\n\n\(m(figure.description))\n\n"
    case .definitions(let facts):
      definitions(facts, into: &out)
      out += "\n"
    case .caseFile(let file): caseFile(file, level: level + 1, into: &out)
    }
  }

  private static func definitions(_ facts: [ReportFact], into out: inout String) {
    for fact in facts { out += "- \(m(fact.label)): \(m(fact.value))\n" }
  }

  /// A case: heading, facts on one line, then each finding with its evidence and the items
  /// within it that are not met.
  private static func caseFile(_ file: ReportCaseFile, level: Int, into out: inout String) {
    out += String(repeating: "#", count: min(level, 6)) + " \(m(file.caseID))\n\n"
    let facts = file.facts.map { "\(m($0.label)) \(m($0.value))" } + ["grade \(m(file.grade))"]
    out += facts.joined(separator: "; ") + "\n\n"
    for finding in file.findings {
      out += "- `\(finding.subject)`: **\(ReportFormatting.outcome(finding.outcome))**"
      if !finding.message.isEmpty { out += ": \(m(finding.message))" }
      if !finding.evidence.isEmpty { out += " (\(m(finding.evidence)))" }
      out += "\n"
      for item in finding.items {
        out += "  - \(m(item.subject)): \(ReportFormatting.outcome(item.outcome))"
        if !item.message.isEmpty { out += ": \(m(item.message))" }
        if !item.evidence.isEmpty { out += " (\(m(item.evidence)))" }
        out += "\n"
      }
    }
    out += "\n"
  }
}
