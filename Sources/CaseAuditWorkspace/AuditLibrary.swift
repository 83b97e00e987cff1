import CaseAudit
import Foundation

/// A recorded audit as the workspace shows it: run again once, with real ids for writes and,
/// when its report was redacted (by its plan or `audit --redact`), a redacted copy for everything
/// shown.
struct LoadedAudit: Sendable {
  /// The audit's id.
  let id: Int64
  /// The run with real ids: what judgements are stored against.
  let run: AuditRun
  /// The run pages show: `run`, or its redacted copy.
  let shown: AuditRun
  /// The redactor of a redacted audit.
  let redactor: Redactor?

  /// Whether pages show pseudonyms.
  var isRedacted: Bool { redactor != nil }

  /// Moderations of this audit in the terms pages show (pseudonyms when redacted; auditors
  /// keep their names, since only signed-in users of this history see them).
  func shownModerations(_ moderations: [Moderation]) -> [Moderation] {
    guard let redactor else { return moderations }
    let names = Dictionary(
      moderations.map { (redactor.pseudonym($0.auditor, type: "auditor"), $0.auditor) },
      uniquingKeysWith: { a, _ in a })
    return run.redacting(moderations, as: shown, by: redactor).map { moderation in
      var copy = moderation
      copy.auditor = names[moderation.auditor] ?? moderation.auditor
      return copy
    }
  }
}

/// The audits the workspace has run again, kept so each is replayed once.
actor AuditLibrary {
  /// The history.
  let store: HistoryStore
  private var loaded: [Int64: LoadedAudit] = [:]

  /// A library over a history.
  init(store: HistoryStore) { self.store = store }

  /// The audit, replayed on first use; errors say why it cannot be shown (incomplete, the
  /// pack or data changed).
  func audit(_ id: Int64) throws -> LoadedAudit {
    if let audit = loaded[id] { return audit }
    let (run, _) = try AuditReplay.run(audit: id, store: store)
    var redactor: Redactor?
    var shown = run
    // Redacted as its report was: by the plan, or by `caseaudit audit --redact`.
    if try run.plan.redact || store.recorded(audit: id)?.redacted == true {
      // The key of redacted history reports: in the history's folder.
      let folder = (store.path as NSString).deletingLastPathComponent
      let keyPath = (folder.isEmpty ? "." : folder) + "/redaction.key"
      // Never a new key: its pseudonyms would not be the report's.
      let (key, _) = try RedactionKey.loadExisting(at: keyPath)
      redactor = Redactor(key: key)
      shown = run.redacted(by: redactor!)
    }
    let audit = LoadedAudit(id: id, run: run, shown: shown, redactor: redactor)
    loaded[id] = audit
    return audit
  }
}
