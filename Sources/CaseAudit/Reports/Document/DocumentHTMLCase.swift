/// An audited case in HTML: heading with grade, facts, timeline, and a table of each standard's
/// outcome, message and evidence, with the items within it that are not met.
enum DocumentHTMLCase {
  private static let e = MarkupText.escape

  /// Writes the case with its heading at `level`.
  static func render(_ file: ReportCaseFile, level: Int, into out: inout String) {
    let tag = "h\(min(level, 6))"
    out += "<article class=\"case\" id=\"\(e(file.id))\">\n"
    out += "<\(tag)>\(e(file.caseID)) <span class=\"grade\">\(e(file.grade))</span></\(tag)>\n"
    if !file.facts.isEmpty {
      out += "<p>"
      for (index, fact) in file.facts.enumerated() {
        out += (index == 0 ? "" : "; ") + "\(e(fact.label)) \(e(fact.value))"
      }
      out += "</p>\n"
    }
    if let timeline = file.timeline { out += timeline.svg + "\n" }
    out += "<table><thead><tr><th scope=\"col\">Standard</th><th scope=\"col\">Outcome</th>"
    out += "<th scope=\"col\">Finding</th><th scope=\"col\">Evidence</th></tr></thead><tbody>\n"
    for finding in file.findings {
      out += "<tr><td><code>\(e(finding.subject))</code></td>"
      out += "<td class=\"\(finding.outcome.rawValue)\">"
      out += "\(ReportFormatting.outcome(finding.outcome))</td><td>\(e(finding.message))"
      for (index, item) in finding.items.enumerated() {
        if index > 0 || !finding.message.isEmpty { out += "<br>" }
        out += "\(e(item.subject)): <span class=\"\(item.outcome.rawValue)\">"
        out += ReportFormatting.outcome(item.outcome) + "</span>"
        if !item.message.isEmpty { out += " — \(e(item.message))" }
        if !item.evidence.isEmpty { out += " (\(e(item.evidence)))" }
      }
      out += "</td><td>\(e(finding.evidence))</td></tr>\n"
    }
    out += "</tbody></table>\n</article>\n"
  }
}
