/// The files of a service report, by format.
public enum ServiceReportFiles {
  /// The formats a service report is written in.
  public enum Format: String, CaseIterable, Sendable {
    /// `report.html`: one self-contained page.
    case html
    /// `report.md`.
    case md
    /// `report.json`, in the pinned shape.
    case json
    /// `tables.xlsx`: one sheet per table.
    case xlsx

    /// The file the format is written to.
    public var fileName: String {
      switch self {
      case .html: return "report.html"
      case .md: return "report.md"
      case .json: return "report.json"
      case .xlsx: return "tables.xlsx"
      }
    }
  }

  /// The files of every format, as help texts list them.
  public static var fileList: String {
    Format.allCases.map(\.fileName).joined(separator: ", ")
  }

  /// Renders the report in the formats asked, in format order.
  public static func render(_ report: ServiceReport, formats: [Format]) throws -> [ReportFile] {
    let document = report.document
    var files: [ReportFile] = []
    for format in Format.allCases where formats.contains(format) {
      switch format {
      case .html:
        files.append(
          ReportFile(name: format.fileName, text: DocumentHTML(document: document).render()))
      case .md:
        files.append(
          ReportFile(name: format.fileName, text: DocumentMarkdown(document: document).render()))
      case .json:
        files.append(
          ReportFile(name: format.fileName, text: try ServiceReportJSON(report: report).render()))
      case .xlsx:
        files.append(
          ReportFile(
            name: format.fileName, bytes: try DocumentWorkbook(document: document).render()))
      }
    }
    return files
  }
}
