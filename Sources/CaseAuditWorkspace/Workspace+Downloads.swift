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

  /// The report format `AuditReportFiles` renders it from.
  var format: String {
    switch self {
    case .reportHTML: "html"
    case .reportMarkdown: "md"
    case .reportJSON: "json"
    case .findingsCSV: "csv"
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

  /// The report file with the judgements and answers the user may see (a manager everyone's,
  /// an auditor their own), made by the library function `history report` uses, so a
  /// manager's files are the ones it writes: a redacted audit's auditors are pseudonyms and
  /// notes withheld; findings.csv has each auditor's judgements and answers in its columns.
  private func download(_ file: DownloadFile, of audit: LoadedAudit, session: Session) throws
    -> Response
  {
    let answers = try store.answers(audit: audit.id).filter {
      session.role == .manager || $0.auditor == session.account
    }
    let report = try AuditReplay.report(
      of: audit.run, audit: audit.id, store: store,
      moderations: visible(try store.moderations(audit: audit.id), to: session),
      answers: answers, redactor: audit.redactor)
    let bytes = try AuditReportFiles.render(report, formats: [file.format]).first?.bytes ?? []
    return PageRenderer.response(
      String(decoding: bytes, as: UTF8.self), type: file.contentType,
      extra: [
        .contentDisposition: "attachment; filename=\"audit-\(audit.id)-\(file.rawValue)\""
      ])
  }
}
