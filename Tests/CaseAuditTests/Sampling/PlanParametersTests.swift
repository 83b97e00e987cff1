import Testing

@testable import CaseAudit

/// A plan that changes a pack's parameters scores with other timescales than the standard's:
/// the reports say which, beside the pack's own values.
@Suite struct PlanParametersTests {
  private func plan(_ parameters: String) throws -> AuditPlan {
    let text = """
      plan: p
      title: P
      rules: pack
      \(parameters)
      sample: {size: 5, seed: 1}
      """
    let (plan, diagnostics) = PlanLoader().load(SourceFile(path: "plan.yaml", text: text)) { _ in
      Fixture.load(rules: Fixture.rule(expect: "dob != null"))
    }
    #expect(!diagnostics.contains { $0.severity == .error })
    return try #require(plan)
  }

  @Test func theChangedParametersAreNamedWithThePacksValues() throws {
    let changed = try plan("parameters: {window: 10, threshold: 0.5, label: PN7}")
    #expect(
      changed.pack.parameters.changedByPlan
        == "window 10 (the pack's 20); label PN7 (the pack's PN0)")
  }

  @Test func aPlanSettingNoneOrThePacksOwnValuesChangesNothing() throws {
    #expect(try plan("").pack.parameters.changedByPlan == nil)
    #expect(try plan("parameters: {window: 20}").pack.parameters.changedByPlan == nil)
  }
}
