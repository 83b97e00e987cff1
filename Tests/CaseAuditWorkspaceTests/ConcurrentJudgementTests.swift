import Foundation
import HummingbirdTesting
import Testing

@testable import CaseAudit
@testable import CaseAuditWorkspace

/// Two auditors moderating the same audit at once, while a third's findings.csv is stored
/// through a second connection to the history: every judgement is kept.
@Suite struct ConcurrentJudgementTests {
  @Test func concurrentJudgementsAreAllKept() async throws {
    try await WorkspaceFixture.with { fixture in
      let recorded = try #require(try fixture.store.recorded(audit: 1))
      let stored = try fixture.store.storedFindings(audit: 1)
      // The case-level findings of the first three cases, as (case number, rule).
      let targets: [(Int, String)] = (0..<3).flatMap { index in
        stored.keys.filter { $0.case == recorded.cases[index] && $0.item.isEmpty }
          .map { (index + 1, $0.rule) }.sorted { $0.1 < $1.1 }
      }
      #expect(targets.count > 10)
      // A third auditor's judgements of the same findings, as findings.csv rows.
      var csv = FindingsCSV.header.joined(separator: ",") + "\n"
      for (number, rule) in targets {
        let key = FindingKey(case: recorded.cases[number - 1], rule: rule, item: "")
        let engine = stored[key]!
        var buffer = CSVBuffer(header: [])
        buffer.append(
          fields: [
            key.case, engine["stratum"]!, rule, "", engine["outcome"]!, engine["message"]!,
            engine["evidence"]!,
          ].map(SpreadsheetText.neutralised) + ["carol", "met", "from the csv"])
        csv += String(decoding: buffer.bytes, as: UTF8.self)
      }
      let rows = Array(csv.utf8)
      let second = try HistoryStore(path: fixture.store.path)
      try await fixture.test { client in
        let alice = try await Browser.signedIn(client, as: "alice")
        let bob = try await Browser.signedIn(client, as: "bob")
        try await withThrowingTaskGroup(of: Void.self) { group in
          for (browser, outcome) in [(alice, "not_met"), (bob, "insufficient_evidence")] {
            for (number, rule) in targets {
              group.addTask {
                var browser = browser
                let response = try await browser.post(
                  client, "/audits/1/cases/\(number)/judgements",
                  [
                    ("csrf", browser.csrf), ("rule", rule), ("item", ""), ("outcome", outcome),
                    ("note", "\(number) \(rule)"),
                  ])
                #expect(response.status == .seeOther)
              }
            }
          }
          group.addTask {
            let (tally, diagnostics) = try second.moderate(
              audit: 1, csv: rows, path: "findings.csv")
            #expect(diagnostics.isEmpty)
            #expect(tally.added == targets.count)
          }
          try await group.waitForAll()
        }
      }
      let moderations = try fixture.store.moderations(audit: 1)
      #expect(moderations.count == 3 * targets.count)
      for auditor in ["alice", "bob", "carol"] {
        let own = moderations.filter { $0.auditor == auditor }
        #expect(own.count == targets.count)
        #expect(Set(own.map { "\($0.caseID) \($0.ruleID)" }).count == targets.count)
      }
      let journal = try await fixture.store.database.read { db in
        try String.fetchOne(db, sql: "PRAGMA journal_mode")
      }
      #expect(journal == "wal")
    }
  }
}
