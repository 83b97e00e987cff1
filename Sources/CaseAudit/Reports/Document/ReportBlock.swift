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
}

/// An SVG picture made by one of the report's SVG writers, with a caption and a description.
public struct ReportFigure: Sendable {
  /// The caption shown under the picture.
  public var caption: String
  /// The SVG element; its text values must already be escaped by the writer that made it.
  public var svg: String
  /// What the picture shows, in words: Markdown's stand-in and the HTML's `aria-label`.
  public var description: String

  /// Creates a figure.
  public init(caption: String, svg: String, description: String) {
    self.caption = caption
    self.svg = svg
    self.description = description
  }
}
