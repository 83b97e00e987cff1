@testable import CaseAudit
import Foundation
import HummingbirdTesting
import Testing

@testable import CaseAuditWorkspace

/// The audits, an audit, a case, the moderation summary and the downloads.
@Suite struct PagesTests {
  @Test func theAuditsPageListsTheHistory() async throws {
    try await WorkspaceFixture.with { fixture in
      try await fixture.test { client in
        var alice = try await Browser.signedIn(client, as: "alice")
        let page = String(buffer: try await alice.get(client, "/audits").body)
        let table = page.components(separatedBy: "<table id=\"audits\">")[1]
          .components(separatedBy: "</table>")[0]
        #expect(
          table == """

            <thead><tr>
            <th>Audit</th><th>Plan</th><th>As at</th><th class="n">Cases</th><th>State</th>
            </tr></thead>
            <tbody>
            <tr>
            <td><a href="/audits/1" id="audit-1">Audit 1</a></td>
            <td>iro-quarterly-dip-sample</td><td>2022-03-31</td><td class="n">40</td>\
            <td>complete</td>
            </tr>
            </tbody>

            """)
        #expect(page.contains("Signed in as <strong id=\"signed-in-as\">alice</strong> (auditor)"))
      }
    }
  }

  @Test func theAuditPageShowsEachAuditorsProgress() async throws {
    try await WorkspaceFixture.with { fixture in
      let (caseID, rule, _) = try JudgementTests.firstFinding(fixture.store)
      _ = try fixture.store.moderate(
        audit: 1, case: caseID, rule: rule, item: "", auditor: "bob", outcome: .met, note: "")
      let total = try fixture.store.storedFindings(audit: 1).keys.filter { $0.case == caseID }
        .count
      try await fixture.test { client in
        var alice = try await Browser.signedIn(client, as: "alice")
        let own = String(buffer: try await alice.get(client, "/audits/1").body)
        #expect(own.contains("<th class=\"n\">Judged by alice</th>\n</tr></thead>"))
        #expect(!own.contains("Judged by bob"))
        #expect(!own.contains("moderation-link"))
        #expect(
          own.contains(
            "<td><a href=\"/audits/1/cases/1\" id=\"case-1\">\(caseID)</a></td>"))
        var maria = try await Browser.signedIn(client, as: "maria")
        let all = String(buffer: try await maria.get(client, "/audits/1").body)
        #expect(
          all.contains(
            "<th class=\"n\">Judged by bob</th>\n<th class=\"n\">Judged by maria</th>\n</tr>"))
        let progress =
          "<td class=\"n\">1 of \(total)</td>\n<td class=\"n\">0 of \(total)</td>\n</tr>"
        #expect(all.contains(progress))
      }
    }
  }

  @Test func theModerationSummaryIsTheReportsAndManagersOnly() async throws {
    try await WorkspaceFixture.with { fixture in
      let (caseID, rule, _) = try JudgementTests.firstFinding(fixture.store)
      _ = try fixture.store.moderate(
        audit: 1, case: caseID, rule: rule, item: "", auditor: "bob", outcome: .met, note: "")
      _ = try fixture.store.moderate(
        audit: 1, case: caseID, rule: rule, item: "", auditor: "alice", outcome: .notMet,
        note: "late")
      // The practice questions' answers were in history report's section but not on the page.
      let recorded = try #require(try fixture.store.recorded(audit: 1))
      let asked = try recorded.cases.first { caseID in
        try !fixture.store.questions(audit: 1, caseID: caseID).isEmpty
      }
      let askedCase = try #require(asked)
      let question = try #require(try fixture.store.questions(audit: 1, caseID: askedCase).first)
      for (auditor, answer) in [("bob", 0), ("alice", 1)] {
        _ = try fixture.store.recordAnswer(
          audit: 1, caseID: askedCase, questionID: question.id, auditor: auditor,
          answer: question.scale[answer].key)
      }
      try await fixture.test { client in
        var alice = try await Browser.signedIn(client, as: "alice")
        #expect(try await alice.get(client, "/audits/1/moderation").status == .forbidden)
        var maria = try await Browser.signedIn(client, as: "maria")
        let page = String(buffer: try await maria.get(client, "/audits/1/moderation").body)
        // What `history report` writes: the same section of its report.html.
        let (report, _) = try AuditReplay.report(audit: 1, store: fixture.store)
        let html = String(
          decoding: try AuditReportFiles.render(report, formats: ["html"])[0].bytes,
          as: UTF8.self)
        let section = html.components(separatedBy: "<section id=\"moderation\">")[1]
          .components(separatedBy: "</section>")[0]
        #expect(page.contains("<section id=\"moderation\">" + section + "</section>"))
        #expect(section.contains("alice and bob"))
        let questions = html.components(separatedBy: "<section id=\"questions\">")[1]
          .components(separatedBy: "</section>")[0]
        #expect(page.contains("<section id=\"questions\">" + questions + "</section>"))
        #expect(questions.contains("alice and bob"))
      }
    }
  }

  @Test func findingsCSVHoldsEveryonesJudgementsAndReadsBack() async throws {
    try await WorkspaceFixture.with { fixture in
      let (caseID, rule, _) = try JudgementTests.firstFinding(fixture.store)
      _ = try fixture.store.moderate(
        audit: 1, case: caseID, rule: rule, item: "", auditor: "bob", outcome: .met, note: "ok")
      _ = try fixture.store.moderate(
        audit: 1, case: caseID, rule: rule, item: "", auditor: "alice", outcome: .notMet,
        note: "=late, \"very\"")
      try await fixture.test { client in
        var maria = try await Browser.signedIn(client, as: "maria")
        let response = try await maria.get(client, "/audits/1/files/findings.csv")
        #expect(response.status == .ok)
        #expect(
          response.headers[.contentDisposition]
            == "attachment; filename=\"audit-1-findings.csv\"")
        let csv = String(buffer: response.body)
        let lines = csv.split(separator: "\n").filter { $0.hasPrefix("\(caseID),") }
          .filter { $0.contains(",\(rule),,") }
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix(",alice,not_met,\"'=late, \"\"very\"\"\""))
        #expect(lines[1].hasSuffix(",bob,met,ok"))
        // Fed back to `history moderate`, it stores nothing new but alice's note, which the
        // spreadsheet guard marked.
        let (tally, diagnostics) = try fixture.store.moderate(
          audit: 1, csv: Array(csv.utf8), path: "findings.csv")
        #expect(diagnostics.isEmpty)
        #expect(tally.added == 0 && tally.replaced == 1 && tally.unchanged == 1)
        var alice = try await Browser.signedIn(client, as: "alice")
        let own = String(buffer: try await alice.get(client, "/audits/1/files/findings.csv").body)
        #expect(!own.contains(",bob,"))
        for file in ["report.html", "report.md", "report.json"] {
          #expect(try await alice.get(client, "/audits/1/files/\(file)").status == .ok)
        }
        #expect(try await alice.get(client, "/audits/1/files/secret.txt").status == .notFound)
      }
    }
  }

  @Test func theStylesheetIsServed() async throws {
    try await WorkspaceFixture.with { fixture in
      try await fixture.test { client in
        let response = try await client.execute(uri: "/style.css", method: .get)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/css; charset=utf-8")
        #expect(String(buffer: response.body) == Stylesheet.css)
      }
    }
  }
}
