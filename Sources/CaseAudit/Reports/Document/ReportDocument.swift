/// A report as one document: a title, facts about the run and sections of blocks. Each format has
/// one renderer (HTML, Markdown, workbook) that turns any document into its file, so a section is
/// added to a report in one place, not once per format.
public struct ReportDocument: Sendable {
  /// The report's title (`IRO annual report 2021-22`).
  public var title: String
  /// Label–value facts shown under the title: period, as-at, pack, data fingerprint, engine.
  public var facts: [ReportFact]
  /// Notices a reader must not miss (redaction, sampling warnings), shown before the sections.
  public var notices: [String]
  /// The sections, in reading order.
  public var sections: [ReportSection]

  /// Creates a document.
  public init(
    title: String, facts: [ReportFact] = [], notices: [String] = [],
    sections: [ReportSection] = []
  ) {
    self.title = title
    self.facts = facts
    self.notices = notices
    self.sections = sections
  }

  /// Every table of the document, sections in order (the workbook's sheets).
  public var tables: [ReportTable] {
    sections.flatMap(\.tables)
  }
}

/// A labelled fact about a report (`Period` — `2021-04-01 to 2022-03-31`).
public struct ReportFact: Sendable, Hashable {
  /// What the fact is.
  public var label: String
  /// Its value, as shown.
  public var value: String

  /// Creates a fact.
  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }
}

/// A headed part of a report: blocks, then any subsections.
public struct ReportSection: Sendable {
  /// An identifier unique in the document, usable as an HTML anchor (`reviews_held`).
  public var id: String
  /// The heading.
  public var heading: String
  /// The content under the heading.
  public var blocks: [ReportBlock]
  /// Sections under this one (one heading level down).
  public var subsections: [ReportSection]

  /// Creates a section.
  public init(
    id: String, heading: String, blocks: [ReportBlock] = [], subsections: [ReportSection] = []
  ) {
    self.id = id
    self.heading = heading
    self.blocks = blocks
    self.subsections = subsections
  }

  /// The section's tables and its subsections', in order.
  public var tables: [ReportTable] {
    blocks.compactMap { block in
      if case .table(let table) = block { return table }
      return nil
    } + subsections.flatMap(\.tables)
  }
}
