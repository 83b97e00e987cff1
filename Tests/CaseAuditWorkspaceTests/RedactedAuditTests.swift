import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CaseAudit
@testable import CaseAuditWorkspace

/// An audit whose plan asks for redacted reports stays redacted in the workspace, while
/// judgements are stored against the real findings.
@Suite struct RedactedAuditTests {
  @Test func aRedactedAuditShowsPseudonymsAndStoresRealIDs() async throws {
    let (folder, plan) = try demoPlan(id: "redacted", extra: "report: {redact: true}")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (run, store) = try recordedAudit(plan, in: folder, key: true)
    let workspace = try Workspace(store: store)
    let realCase = run.results[0].caseID
    let rule = try #require(run.results[0].findings.first).ruleID
    let app = Application(router: workspace.router())
    try await app.test(.router) { client in
      var alice = try await Browser.signedIn(client, as: "alice")
      for uri in ["/audits/1", "/audits/1/cases/1", "/audits/1/files/findings.csv"] {
        let page = String(buffer: try await alice.get(client, uri).body)
        #expect(!page.contains(realCase), "\(uri)")
        #expect(page.contains("child-") || page.contains("case-"), "\(uri)")
      }
      let response = try await alice.post(
        client, "/audits/1/cases/1/judgements",
        [("csrf", alice.csrf), ("rule", rule), ("item", ""), ("outcome", "met"), ("note", "")])
      #expect(response.status == .seeOther)
    }
    let stored = try store.moderations(audit: 1)
    #expect(stored.map(\.caseID) == [realCase])
    #expect(stored.map(\.auditor) == ["alice"])
  }
}

/// An audit whose report `caseaudit audit --redact` redacted (its plan does not ask) stays
/// redacted in the workspace: the history records that it was.
@Suite struct RecordedRedactionTests {
  @Test func anAuditRecordedAsRedactedShowsPseudonyms() async throws {
    let (folder, plan) = try demoPlan(id: "plain")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (run, store) = try recordedAudit(plan, in: folder, key: true, redacted: true)
    #expect(try store.recorded(audit: 1)?.redacted == true)
    let workspace = try Workspace(store: store)
    let app = Application(router: workspace.router())
    try await app.test(.router) { client in
      var alice = try await Browser.signedIn(client, as: "alice")
      for uri in ["/audits/1", "/audits/1/cases/1"] {
        let page = String(buffer: try await alice.get(client, uri).body)
        for result in run.results { #expect(!page.contains(result.caseID), "\(uri)") }
      }
    }
  }
}

/// A redacted audit whose key is not where the workspace reads it is not shown: a new key
/// would give other pseudonyms than the report the auditors hold.
@Suite struct MissingRedactionKeyTests {
  @Test func aRedactedAuditWithoutItsKeyIsRefusedAndNoKeyIsMade() async throws {
    let (folder, plan) = try demoPlan(id: "nokey", extra: "report: {redact: true}")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (run, store) = try recordedAudit(plan, in: folder, key: false)
    let workspace = try Workspace(store: store)
    let app = Application(router: workspace.router())
    try await app.test(.router) { client in
      var alice = try await Browser.signedIn(client, as: "alice")
      let page = String(buffer: try await alice.get(client, "/audits/1").body)
      #expect(page.contains("there is no redaction key at"))
      for result in run.results { #expect(!page.contains(result.caseID)) }
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/redaction.key"))
  }
}

/// The plan's audit (seed 3) recorded complete as audit 1 in a history in `folder`, with the
/// auditor alice; `key` makes the redaction key in the history's folder first, as
/// `caseaudit audit --redact` does beside the default history.
private func recordedAudit(
  _ plan: AuditPlan, in folder: String, key: Bool, redacted: Bool = false
) throws -> (AuditRun, HistoryStore) {
  let run = AuditRun(plan: plan, dataPath: try #require(plan.dataPath), seed: 3)
  let store = try HistoryStore(path: folder + "/history.sqlite")
  if key { _ = try RedactionKey.load(at: folder + "/redaction.key") }
  let id = try store.record(run, excluded: 0, redacted: redacted)
  try store.markComplete(audit: id)
  try AccountRegistration.add(
    name: "alice", role: .auditor, password: "alice-pw-1", to: store, cost: 4)
  return (run, store)
}

/// A fresh folder holding `plan.yaml`: a five-case dip sample of the demo export, with `extra`
/// lines after it; the caller removes the folder.
private func demoPlan(id: String, extra: String = "") throws -> (folder: String, plan: AuditPlan) {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("caseaudit-\(id)-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let root = WorkspaceFixture.root.path
  let planPath = folder + "/plan.yaml"
  try """
    plan: \(id)
    title: A dip sample
    rules: \(root)/Rules/iro
    data: \(root)/Samples/demo-la
    period: 2022-01-01..2022-03-31
    population: >-
      periods.exists(p, p.start <= audit.as_at
        and (p.end ?? audit.as_at) >= audit.period.start)
    sample:
      size: 5
      seed: 3
    \(extra)
    """.write(toFile: planPath, atomically: true, encoding: .utf8)
  return (folder, try #require(PlanLoader().load(path: planPath).0))
}
