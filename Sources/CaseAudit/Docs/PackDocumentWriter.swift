import Foundation

/// Renders a `PackDocument` as Markdown or as one self-contained HTML page.
public enum PackDocumentWriter {
  /// The output formats.
  public enum Format: String, Sendable, CaseIterable {
    case md, html
  }

  /// The document in a format.
  public static func render(_ document: PackDocument, as format: Format) -> String {
    format == .md ? markdown(document) : html(document)
  }

  /// Markdown: a heading per rule, its logic in code spans, its examples as tables.
  public static func markdown(_ document: PackDocument) -> String {
    var out = "# \(md(document.title))\n\n\(md(document.subtitle)).\n\n"
    if !document.parameters.isEmpty {
      out += "## Parameters\n\n| parameter | value |\n|---|---|\n"
      for (name, value) in document.parameters { out += "| `\(name)` | \(md(value)) |\n" }
      out += "\n"
    }
    if let grading = document.grading { out += "## Grading\n\n\(md(grading))\n\n" }
    out += "## Rules\n\n"
    for section in document.sections {
      out += "- [`\(section.id)`](#\(section.id)): \(md(section.title))\n"
    }
    for section in document.sections {
      out += "\n### \(section.id)\n\n**\(md(section.title))**\n\n"
      for (label, value) in section.facts { out += "- \(label): \(md(value))\n" }
      out += "\n"
      for (label, expression) in section.logic {
        out += "- \(label): `\(flatten(expression).replacingOccurrences(of: "`", with: "'"))`\n"
      }
      out += "\n#### Examples\n"
      for example in section.examples {
        out += "\n*\(md(example.name))*: **\(md(example.expected))**"
        if let settings = example.settings { out += " (\(md(settings)))" }
        out += "\n"
        for table in example.tables where !table.fields.isEmpty {
          out += "\n\(md(table.collection)):\n\n| "
          out += table.fields.map(md).joined(separator: " | ") + " |\n|"
          out += String(repeating: "---|", count: table.fields.count) + "\n"
          for row in table.rows { out += "| " + row.map(md).joined(separator: " | ") + " |\n" }
        }
      }
    }
    if !document.questions.isEmpty {
      out += "\n## Practice questions\n\nThe auditor answers these by reading each sampled case"
      out += " they apply to.\n"
      for question in document.questions {
        out += "\n### \(question.id)\n\n**\(md(question.question))**\n\n"
        for (label, value) in question.facts { out += "- \(label): \(md(value))\n" }
      }
    }
    return out + reportsMarkdown(document.reports)
  }

  /// HTML: one page with inline styles and every value escaped.
  public static func html(_ document: PackDocument) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>\(escape(document.title))</title>
      <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;\
      color:#1b1b1b}code{background:#f3f3f3;padding:0 .2rem}table{border-collapse:collapse;\
      margin:.4rem 0}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:left}\
      section{border-top:1px solid #ddd;margin-top:1.5rem}.outcome{font-weight:bold}</style>
      </head><body>
      <h1>\(escape(document.title))</h1><p>\(escape(document.subtitle)).</p>

      """
    if !document.parameters.isEmpty {
      out += "<h2>Parameters</h2><table><tr><th>parameter</th><th>value</th></tr>"
      for (name, value) in document.parameters {
        out +=
          "<tr><td><code>\(escape(name))</code></td><td>\(escape(value))</td></tr>"
      }
      out += "</table>\n"
    }
    if let grading = document.grading {
      out += "<h2>Grading</h2><p>\(escape(grading))</p>\n"
    }
    out += "<h2>Rules</h2><ul>"
    for section in document.sections {
      out +=
        "<li><a href=\"#\(escape(section.id))\"><code>\(escape(section.id))</code></a>: "
      out += "\(escape(section.title))</li>"
    }
    out += "</ul>\n"
    for section in document.sections {
      out +=
        "<section id=\"\(escape(section.id))\"><h3>\(escape(section.id))</h3>"
      out += "<p><strong>\(escape(section.title))</strong></p><ul>"
      for (label, value) in section.facts {
        out += "<li>\(escape(label)): \(escape(value))</li>"
      }
      for (label, expression) in section.logic {
        out +=
          "<li>\(escape(label)): <code>\(escape(flatten(expression)))</code></li>"
      }
      out += "</ul><h4>Examples</h4>"
      for example in section.examples {
        out += "<p><em>\(escape(example.name))</em>: "
        out += "<span class=\"outcome\">\(escape(example.expected))</span>"
        if let settings = example.settings { out += " (\(escape(settings)))" }
        out += "</p>"
        for table in example.tables where !table.fields.isEmpty {
          out += "<table><caption>\(escape(table.collection))</caption><tr>"
          out += table.fields.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
          for row in table.rows {
            out += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>"
          }
          out += "</table>"
        }
      }
      out += "</section>\n"
    }
    if !document.questions.isEmpty {
      out += "<h2>Practice questions</h2><p>The auditor answers these by reading each sampled"
      out += " case they apply to.</p>\n"
      for question in document.questions {
        out += "<section id=\"question-\(escape(question.id))\"><h3>\(escape(question.id))</h3>"
        out += "<p><strong>\(escape(question.question))</strong></p><ul>"
        for (label, value) in question.facts {
          out += "<li>\(escape(label)): \(escape(value))</li>"
        }
        out += "</ul></section>\n"
      }
    }
    return out + reportsHTML(document.reports) + "</body></html>\n"
  }

  /// The reports' section: each report, then a table of its tables and what each counts.
  private static func reportsMarkdown(_ reports: [PackDocument.Report]) -> String {
    guard !reports.isEmpty else { return "" }
    var out = "\n## Reports\n"
    for report in reports {
      out += "\n### Report `\(report.id)`: \(md(report.title))\n\n"
      if let description = report.description { out += "\(md(flatten(description)))\n\n" }
      out += "File `\(report.file)`; written by `caseaudit report --report \(report.id)`.\n\n"
      if let consistency = report.consistency {
        out += "Consistency counts: \(md(flatten(consistency)))\n\n"
      }
      out += "| table | title | what it counts |\n|---|---|---|\n"
      for table in report.tables {
        out += "| `\(table.id)` | \(md(table.title)) | \(md(flatten(table.counts))) |\n"
      }
    }
    return out
  }

  /// The reports' section in HTML, as in Markdown.
  private static func reportsHTML(_ reports: [PackDocument.Report]) -> String {
    guard !reports.isEmpty else { return "" }
    var out = "<h2>Reports</h2>\n"
    for report in reports {
      out += "<h3>Report <code>\(escape(report.id))</code>: \(escape(report.title))</h3>"
      if let description = report.description { out += "<p>\(escape(description))</p>" }
      out += "<p>File <code>\(escape(report.file))</code>; written by"
      out += " <code>caseaudit report --report \(escape(report.id))</code>.</p>"
      if let consistency = report.consistency {
        out += "<p>Consistency counts: \(escape(consistency))</p>"
      }
      out += "<table><tr><th>table</th><th>title</th><th>what it counts</th></tr>"
      for table in report.tables {
        out += "<tr><td><code>\(escape(table.id))</code></td><td>\(escape(table.title))</td>"
        out += "<td>\(escape(table.counts))</td></tr>"
      }
      out += "</table>\n"
    }
    return out
  }

  private static func escape(_ text: String) -> String { MarkupText.escape(text) }

  private static func flatten(_ expression: String) -> String {
    expression.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }

  /// Text from the pack (titles, names, values) as Markdown that shows it and cannot run,
  /// fetch or link anything.
  private static func md(_ text: String) -> String { MarkdownText.escape(text) }
}
