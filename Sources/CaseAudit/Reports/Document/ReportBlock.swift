/// One piece of a report section, rendered by each format as it can: a figure is an inline SVG
/// in HTML and its description in Markdown; the workbook takes only tables.
public enum ReportBlock: Sendable {
  /// A paragraph of plain text (renderers escape it).
  case paragraph(String)
  /// A bulleted list of plain-text items.
  case list([String])
  /// A table of counts, figures or text.
  case table(ReportTable)
  /// A bar or line chart drawn from numbers.
  case chart(ReportChart)
  /// A ready-made SVG figure (funnel plot, heat map, timeline) with the text that stands for it
  /// where no picture can be shown.
  case figure(ReportFigure)
  /// Label–value pairs (a definition list: `Stratum` — `north`).
  case definitions([ReportFact])
  /// One audited case: its heading, facts, timeline and findings with their evidence.
  case caseFile(ReportCaseFile)
}

/// An SVG picture made by one of the report's SVG writers, with a caption and a description.
public struct ReportFigure: Sendable {
  /// The caption shown under the picture.
  public var caption: String
  /// The SVG element; its text values must already be escaped by the writer that made it.
  public var svg: String
  /// What the picture shows, in words: Markdown's stand-in and the HTML's `aria-label`.
  public var description: String
  /// Whether it takes the page's width (a heat map, a timeline) rather than a place in a grid
  /// of figures side by side (funnel plots, trends).
  public var isWide: Bool

  /// Creates a figure.
  public init(caption: String, svg: String, description: String, isWide: Bool = false) {
    self.caption = caption
    self.svg = svg
    self.description = description
    self.isWide = isWide
  }
}
