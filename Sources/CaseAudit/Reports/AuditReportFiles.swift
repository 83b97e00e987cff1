/// The files of an audit report, by format: report.html, report.md, report.json, findings.csv.
public enum AuditReportFiles {
  /// The formats there are.
  public static let formats = ["html", "md", "json", "csv"]

  /// Renders the report in the formats asked. HTML and Markdown show one document
  /// (`AuditDocument`), built once.
  public static func render(_ report: AuditReport, formats: [String]) throws -> [ReportFile] {
    var files: [ReportFile] = []
    let document =
      formats.contains("html") || formats.contains("md") ? AuditDocument.build(report) : nil
    if formats.contains("html"), let document {
      files.append(ReportFile(name: "report.html", text: DocumentHTML(document: document).render()))
    }
    if formats.contains("md"), let document {
      files.append(
        ReportFile(name: "report.md", text: DocumentMarkdown(document: document).render()))
    }
    if formats.contains("json") {
      files.append(ReportFile(name: "report.json", text: try AuditJSON(report: report).render()))
    }
    if formats.contains("csv") {
      // A moderated report's findings.csv carries the auditors' judgements and answers, as
      // `history moderate` reads them back.
      let csv = FindingsCSV(report: report)
      var text = csv.render()
      if let history = report.history,
        !history.judgements.isEmpty || !history.practiceAnswers.isEmpty
      {
        text = csv.render(moderations: history.judgements, answers: history.practiceAnswers)
      }
      files.append(ReportFile(name: "findings.csv", text: text))
    }
    return files
  }
}
