/// The files of an audit report, by format: report.html, report.md, report.json, findings.csv.
public enum AuditReportFiles {
  /// The formats there are.
  public static let formats = ["html", "md", "json", "csv"]

  /// Renders the report in the formats asked, as file names and texts.
  public static func render(_ report: AuditReport, formats: [String]) throws
    -> [(name: String, text: String)]
  {
    var files: [(String, String)] = []
    if formats.contains("html") {
      files.append(("report.html", try AuditHTML(report: report).render()))
    }
    if formats.contains("md") {
      files.append(("report.md", AuditMarkdown(report: report).render()))
    }
    if formats.contains("json") {
      files.append(("report.json", try AuditJSON(report: report).render()))
    }
    if formats.contains("csv") {
      files.append(("findings.csv", FindingsCSV(report: report).render()))
    }
    return files
  }
}
