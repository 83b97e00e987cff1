/// Any `ReportDocument` as one self-contained HTML page: inline CSS and SVG, no scripts, no
/// network, readable with JavaScript off, every text escaped, printable on A4. It is written in
/// one pass into one growing string, so its time is linear in the document's size.
public struct DocumentHTML: Sendable {
  /// The document.
  public let document: ReportDocument

  /// Creates the renderer.
  public init(document: ReportDocument) { self.document = document }

  private static let e = MarkupText.escape

  /// The page.
  public func render() -> String {
    var out = ""
    out.reserveCapacity(64 * 1024)
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(Self.e(document.title))</title>\n<style>\n"
    out += DocumentHTMLStyle.css + "\n</style>\n</head>\n<body>\n<header>\n"
    out += "<h1>\(Self.e(document.title))</h1>\n"
    if !document.facts.isEmpty { Self.definitions(document.facts, into: &out) }
    if !document.notices.isEmpty {
      out += "<div class=\"notices\" role=\"note\">\n"
      for notice in document.notices { out += "<p>\(Self.e(notice))</p>\n" }
      out += "</div>\n"
    }
    out += "</header>\n"
    tableOfContents(into: &out)
    out += "<main>\n"
    for section in document.sections { Self.section(section, level: 2, into: &out) }
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  /// The reports' style sheet, for pages that show report fragments.
  public static var stylesheet: String { DocumentHTMLStyle.css }

  /// One section as an HTML fragment, written as the page writes it (for the workspace).
  public static func fragment(_ section: ReportSection) -> String {
    var out = ""
    Self.section(section, level: 2, into: &out)
    return out
  }

  /// The contents: each section and subsection, linked to its heading.
  private func tableOfContents(into out: inout String) {
    guard !document.sections.isEmpty else { return }
    func list(_ sections: [ReportSection], into out: inout String) {
      out += "<ol>\n"
      for section in sections {
        out += "<li><a href=\"#\(Self.e(section.id))\">\(Self.e(section.heading))</a>"
        if !section.subsections.isEmpty { list(section.subsections, into: &out) }
        out += "</li>\n"
      }
      out += "</ol>\n"
    }
    out += "<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n"
    list(document.sections, into: &out)
    out += "</nav>\n"
  }

  /// A section: its heading, its blocks (figures side by side where there are several), then
  /// its subsections one level down.
  private static func section(_ section: ReportSection, level: Int, into out: inout String) {
    let tag = "h\(min(level, 6))"
    out += "<section id=\"\(e(section.id))\">\n<\(tag)>\(e(section.heading))</\(tag)>\n"
    var index = 0
    let blocks = section.blocks
    while index < blocks.count {
      if case .figure(let first) = blocks[index], !first.isWide {
        var figures = [first]
        while index + figures.count < blocks.count,
          case .figure(let next) = blocks[index + figures.count], !next.isWide
        {
          figures.append(next)
        }
        out += "<div class=\"plots\">\n"
        for figure in figures { Self.figure(figure, into: &out) }
        out += "</div>\n"
        index += figures.count
        continue
      }
      block(blocks[index], level: level, into: &out)
      index += 1
    }
    for subsection in section.subsections {
      Self.section(subsection, level: level + 1, into: &out)
    }
    out += "</section>\n"
  }

  private static func block(_ block: ReportBlock, level: Int, into out: inout String) {
    switch block {
    case .paragraph(let text): out += "<p>\(e(text))</p>\n"
    case .list(let items):
      out += "<ul>\n"
      for item in items { out += "<li>\(e(item))</li>\n" }
      out += "</ul>\n"
    case .table(let table): DocumentHTMLTable.render(table, into: &out)
    case .chart(let chart):
      out += "<figure class=\"block\">\(ChartSVG.render(chart))"
      out += "<figcaption>\(e(chart.title))</figcaption></figure>\n"
    case .figure(let figure): Self.figure(figure, into: &out)
    case .definitions(let facts): definitions(facts, into: &out)
    case .caseFile(let file): DocumentHTMLCase.render(file, level: level + 1, into: &out)
    }
  }

  /// A figure with its caption; its description labels it for screen readers.
  static func figure(_ figure: ReportFigure, into out: inout String) {
    out += "<figure role=\"group\" aria-label=\"\(e(figure.description))\">\(figure.svg)"
    out += "<figcaption>\(e(figure.caption))</figcaption></figure>\n"
  }

  /// Label–value pairs as a definition list.
  static func definitions(_ facts: [ReportFact], into out: inout String) {
    out += "<dl class=\"facts\">\n"
    for fact in facts { out += "<dt>\(e(fact.label))</dt><dd>\(e(fact.value))</dd>\n" }
    out += "</dl>\n"
  }
}
