@testable import CaseAudit
import Foundation
import HummingbirdTesting
import Testing

@testable import CaseAuditWorkspace

/// Recording judgements through the case page's forms: stored as the signed-in user's own,
/// refused without the form's token, and bad input stores nothing.
@Suite struct JudgementTests {
  /// The first sampled case's first finding in the history: (case id, rule id, engine outcome).
  static func firstFinding(_ store: HistoryStore) throws -> (String, String, Outcome) {
    let recorded = try #require(try store.recorded(audit: 1))
    let caseID = recorded.cases[0]
    let finding = try #require(
      try store.storedFindings(audit: 1).filter { $0.key.case == caseID && $0.key.item.isEmpty }
        .min { $0.key.rule < $1.key.rule })
    return (caseID, finding.key.rule, Outcome(rawValue: finding.value["outcome"]!)!)
  }

  @Test func aJudgementIsStoredAsTheSignedInAuditors() async throws {
    try await WorkspaceFixture.with { fixture in
      let (caseID, rule, engine) = try Self.firstFinding(fixture.store)
      let other: Outcome = engine == .notMet ? .met : .notMet
      try await fixture.test { client in
        var alice = try await Browser.signedIn(client, as: "alice")
        let page = try await alice.get(client, "/audits/1/cases/1")
        #expect(page.status == .ok)
        // A field naming another auditor is no part of the form and is ignored.
        let response = try await alice.post(
          client, "/audits/1/cases/1/judgements",
          [
            ("csrf", alice.csrf), ("rule", rule), ("item", ""), ("outcome", other.rawValue),
            ("note", "the plan <b>was</b> late"), ("auditor", "bob"),
          ])
        #expect(response.status == .seeOther)
        #expect(response.headers[.location]?.hasPrefix("/audits/1/cases/1#f") == true)
      }
      #expect(
        try fixture.store.moderations(audit: 1) == [
          Moderation(
            caseID: caseID, ruleID: rule, itemID: "", auditor: "alice", outcome: other,
            engineOutcome: engine, note: "the plan <b>was</b> late")
        ])
    }
  }

  @Test func anAuditorSeesAndChangesOnlyTheirOwnJudgement() async throws {
    try await WorkspaceFixture.with { fixture in
      let (caseID, rule, engine) = try Self.firstFinding(fixture.store)
      _ = try fixture.store.moderate(
        audit: 1, case: caseID, rule: rule, item: "", auditor: "bob", outcome: .notApplicable,
        note: "bob's private note")
      try await fixture.test { client in
        var alice = try await Browser.signedIn(client, as: "alice")
        let page = String(buffer: try await alice.get(client, "/audits/1/cases/1").body)
        #expect(!page.contains("bob"))
        _ = try await alice.post(
          client, "/audits/1/cases/1/judgements",
          [("csrf", alice.csrf), ("rule", rule), ("item", ""), ("outcome", "met"), ("note", "")])
        var maria = try await Browser.signedIn(client, as: "maria")
        let managers = String(buffer: try await maria.get(client, "/audits/1/cases/1").body)
        #expect(managers.contains("bob&#39;s private note"))
      }
      let stored = try fixture.store.moderations(audit: 1)
      #expect(stored.map(\.auditor) == ["alice", "bob"])
      #expect(stored[1].outcome == .notApplicable && stored[1].note == "bob's private note")
      #expect(stored[0].engineOutcome == engine)
    }
  }

  @Test func aFormWithoutItsTokenIsRefusedAndStoresNothing() async throws {
    try await WorkspaceFixture.with { fixture in
      let (_, rule, _) = try Self.firstFinding(fixture.store)
      try await fixture.test { client in
        var alice = try await Browser.signedIn(client, as: "alice")
        var bob = try await Browser.signedIn(client, as: "bob")
        _ = try await bob.get(client, "/audits")
        // No token, an empty one, and another session's token.
        for csrf in [nil, "", bob.csrf] {
          var fields = [("rule", rule), ("item", ""), ("outcome", "met"), ("note", "")]
          if let csrf { fields.append(("csrf", csrf)) }
          let response = try await alice.post(client, "/audits/1/cases/1/judgements", fields)
          #expect(response.status == .forbidden)
          #expect(
            SignInTests.problem(response)
              == "this form&#39;s security token is missing or out of date, so nothing was"
              + " done; open the page again and resubmit")
        }
      }
      #expect(try fixture.store.moderations(audit: 1) == [])
    }
  }

  @Test func badInputIsRejectedWithAMessageAndNothingStored() async throws {
    try await WorkspaceFixture.with { fixture in
      let (_, rule, _) = try Self.firstFinding(fixture.store)
      try await fixture.test { client in
        var alice = try await Browser.signedIn(client, as: "alice")
        let cases: [([(String, String)], String)] = [
          (
            [("rule", "no_such_rule"), ("item", ""), ("outcome", "met")],
            "nothing was stored: this case has no finding of rule &#39;no_such_rule&#39;"
          ),
          (
            [("rule", rule), ("item", "999"), ("outcome", "met")],
            "nothing was stored: rule &#39;\(rule)&#39; has no item &#39;999&#39; in this case"
          ),
          (
            [("rule", rule), ("item", ""), ("outcome", "passed")],
            "nothing was stored: unknown outcome &#39;passed&#39;; expected one of met,"
              + " not_met, insufficient_evidence, not_applicable"
          ),
          (
            [("rule", rule), ("item", ""), ("outcome", "met"),
              ("note", String(repeating: "x", count: 2001))],
            "nothing was stored: the note is 2001 characters long; at most 2000 are kept"
          ),
          (
            // SQLite would keep only "nul": a note cut short without a word.
            [("rule", rule), ("item", ""), ("outcome", "met"), ("note", "nul\u{0}byte")],
            "nothing was stored: the note holds a control character (U+0000); take it out and"
              + " submit again"
          ),
        ]
        for (fields, message) in cases {
          let response = try await alice.post(
            client, "/audits/1/cases/1/judgements", [("csrf", alice.csrf)] + fields)
          #expect(response.status == .badRequest)
          #expect(SignInTests.problem(response) == message)
        }
        for uri in ["/audits/1/cases/0", "/audits/1/cases/41", "/audits/1/cases/x"] {
          let response = try await alice.get(client, uri)
          #expect(response.status == .notFound)
        }
        let missing = try await alice.get(client, "/audits/2")
        #expect(missing.status == .notFound)
        #expect(SignInTests.problem(missing) == "no audit 2 in &#39;\(fixture.store.path)&#39;")
      }
      #expect(try fixture.store.moderations(audit: 1) == [])
    }
  }
}
