import CaseAudit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CaseAuditWorkspace

/// The workspace's downloads are the files `history report` writes: the same library code
/// makes both, with the practice questions' answers in findings.csv.
@Suite struct DownloadTests {
  @Test func aManagersFindingsCSVIsHistoryReportsByteForByteWithTheAnswers() async throws {
    try await WorkspaceFixture.with { fixture in
      let store = fixture.store
      let (judged, rule, _) = try JudgementTests.firstFinding(store)
      let recorded = try #require(try store.recorded(audit: 1))
      let caseID = try #require(
        try recorded.cases.first { !(try store.questions(audit: 1, caseID: $0)).isEmpty })
      let question = try #require(try store.questions(audit: 1, caseID: caseID).first)
      _ = try store.moderate(
        audit: 1, case: judged, rule: rule, item: "", auditor: "bob", outcome: .met, note: "ok")
      for (auditor, answer, note) in [
        ("bob", question.keys[2], "=no plan"), ("alice", question.keys[0], ""),
      ] {
        try store.recordAnswer(
          audit: 1, caseID: caseID, questionID: question.id, auditor: auditor, answer: answer,
          note: note)
      }
      // What `history report --out` writes: AuditReplay's report rendered by AuditReportFiles.
      let (report, _) = try AuditReplay.report(audit: 1, store: store)
      let written = try #require(
        try AuditReportFiles.render(report, formats: ["csv"]).first?.bytes)
      try await fixture.test { client in
        var maria = try await Browser.signedIn(client, as: "maria")
        let response = try await maria.get(client, "/audits/1/files/findings.csv")
        #expect(response.status == .ok)
        #expect(Array(response.body.readableBytesView) == written)
        let csv = String(decoding: written, as: UTF8.self)
        let rows = csv.split(separator: "\n").filter { $0.hasPrefix("\(caseID),") }
          .filter { $0.contains(",\(question.id),,") }
        let stratum = try #require(
          report.run.sample.cases.first { $0.frameCase.caseID == caseID }?.frameCase.stratum)
        let asked = [
          caseID, stratum, question.id, "", "", question.question, "answer: " + question.keysText,
        ].map(Self.cell).joined(separator: ",")
        #expect(
          rows == [
            "\(asked),alice,\(question.keys[0]),", "\(asked),bob,\(question.keys[2]),'=no plan",
          ])
        // An auditor's has their own answer only.
        var alice = try await Browser.signedIn(client, as: "alice")
        let own = String(buffer: try await alice.get(client, "/audits/1/files/findings.csv").body)
        #expect(
          own.split(separator: "\n").filter { $0.contains(",\(question.id),,") }
            .filter { $0.hasPrefix("\(caseID),") } == ["\(asked),alice,\(question.keys[0]),"])
        #expect(!own.contains(",bob,"))
      }
    }
  }

  /// A CSV cell as RFC 4180 writes it: quoted when it holds a comma, quote or line break.
  static func cell(_ text: String) -> String {
    guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
