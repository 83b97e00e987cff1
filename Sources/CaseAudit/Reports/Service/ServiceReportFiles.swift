/// The files of a service report, by format.
public enum ServiceReportFiles {
  /// The formats a service report is written in (each one implemented).
  public enum Format: String, CaseIterable, Sendable {
    /// `report.json`, in the pinned shape.
    case json
  }

  /// Renders the report in the formats asked, as file names and texts, in format order.
  public static func render(_ report: ServiceReport, formats: [Format]) throws
    -> [(name: String, text: String)]
  {
    var files: [(name: String, text: String)] = []
    for format in Format.allCases where formats.contains(format) {
      switch format {
      case .json: files.append(("report.json", try ServiceReportJSON(report: report).render()))
      }
    }
    return files
  }
}
