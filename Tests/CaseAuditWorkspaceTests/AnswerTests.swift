import Foundation
import HummingbirdTesting
import Testing

@testable import CaseAudit
@testable import CaseAuditWorkspace

/// Answering the practice questions on a case page: stored as the signed-in user's answer
/// through `recordAnswer`; an answer off the scale is refused and nothing stored.
@Suite struct AnswerTests {
  @Test func anAnswerIsStoredAndABadOneRefused() async throws {
    try await WorkspaceFixture.with { fixture in
      let recorded = try #require(try fixture.store.recorded(audit: 1))
      // The first sampled case asked a question, by its number in the sample.
      let asked = try recorded.cases.enumerated().first { _, caseID in
        try !fixture.store.questions(audit: 1, caseID: caseID).isEmpty
      }
      let (index, caseID) = try #require(asked)
      let question = try #require(try fixture.store.questions(audit: 1, caseID: caseID).first)
      let key = try #require(question.scale.first).key
      try await fixture.test { client in
        var alice = try await Browser.signedIn(client, as: "alice")
        let page = String(buffer: try await alice.get(client, "/audits/1/cases/\(index + 1)").body)
        #expect(page.contains("id=\"answer-\(question.id)\""))
        let bad = try await alice.post(
          client, "/audits/1/cases/\(index + 1)/answers",
          [("csrf", alice.csrf), ("question", question.id), ("answer", "maybe"), ("note", "")])
        #expect(bad.status == .badRequest)
        #expect(SignInTests.problem(bad)?.hasPrefix("nothing was stored: ") == true)
        #expect(try fixture.store.answers(audit: 1) == [])
        let good = try await alice.post(
          client, "/audits/1/cases/\(index + 1)/answers",
          [
            ("csrf", alice.csrf), ("question", question.id), ("answer", key),
            ("note", "seen"), ("auditor", "bob"),
          ])
        #expect(good.status == .seeOther)
      }
      let answers = try fixture.store.answers(audit: 1)
      #expect(answers.map(\.auditor) == ["alice"])
      #expect(answers.map(\.answer) == [key])
      #expect(answers.map(\.note) == ["seen"])
    }
  }
}
