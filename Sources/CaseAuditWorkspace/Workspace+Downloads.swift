import CaseAudit
import Foundation
import Hummingbird

/// The files of an audit's report, as `history report` would write them now.
enum DownloadFile: String, CaseIterable {
  case reportHTML = "report.html"
  case reportMarkdown = "report.md"
  case reportJSON = "report.json"
  case findingsCSV = "findings.csv"

  /// The content type it is sent with.
  var contentType: String {
    switch self {
    case .reportHTML: "text/html; charset=utf-8"
    case .reportMarkdown: "text/markdown; charset=utf-8"
    case .reportJSON: "application/json"
    case .findingsCSV: "text/csv; charset=utf-8"
    }
  }

  /// The report format `AuditReportFiles` renders it from; nil for findings.csv.
  var format: String? {
    switch self {
    case .reportHTML: "html"
    case .reportMarkdown: "md"
    case .reportJSON: "json"
    case .findingsCSV: nil
    }
  }
}

extension Workspace {
  func addDownloadRoutes(to router: Router<WorkspaceContext>) {
    router.get("/audits/:audit/files/:file") { request, context -> Response in
      guard let session = await session(of: request) else { return Self.signInFirst }
      guard let file = DownloadFile(rawValue: context.parameters.get("file") ?? "") else {
        return pages.problem(
          "No such file", "an audit's files are "
            + DownloadFile.allCases.map(\.rawValue).joined(separator: ", "), status: .notFound,
          session: session)
      }
      switch await loadedAudit(context, session: session) {
      case .failure(let failure): return failure.response
      case .success(let audit):
        do {
          return try download(file, of: audit, session: session)
        } catch {
          let message = (error as? Diagnostic)?.message ?? "the report could not be written"
          return pages.problem(
            "No report", message, status: .internalServerError, session: session)
        }
      }
    }
  }

  /// The report file with the moderation the user may see (a manager everyone's, an auditor
  /// their own): a redacted audit's auditors are pseudonyms and notes withheld, as in
  /// `history report --redact`; findings.csv has each auditor's judgements in its columns.
  private func download(_ file: DownloadFile, of audit: LoadedAudit, session: Session) throws
    -> Response
  {
    var moderations = visible(try store.moderations(audit: audit.id), to: session)
    if let redactor = audit.redactor {
      moderations = audit.run.redacting(moderations, as: audit.shown, by: redactor)
    }
    var report = AuditReport(run: audit.shown)
    report.history = ReportHistory(
      auditID: audit.id, trends: try store.trends(plan: audit.run.plan.id, upTo: audit.id),
      agreement: moderations.isEmpty ? nil : ModerationAgreement(moderations))
    let text: String
    if let format = file.format {
      let bytes = try AuditReportFiles.render(report, formats: [format]).first?.bytes ?? []
      text = String(decoding: bytes, as: UTF8.self)
    } else {
      text = FindingsCSV(report: report).render(moderations: moderations)
    }
    return PageRenderer.response(
      text, type: file.contentType,
      extra: [
        .contentDisposition: "attachment; filename=\"audit-\(audit.id)-\(file.rawValue)\""
      ])
  }
}
