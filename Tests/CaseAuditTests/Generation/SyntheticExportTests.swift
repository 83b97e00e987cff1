import Testing

@testable import CaseAudit

/// The shipped IRO pack, for its schema, calendar and rules.
private let iro = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack!

private func export(children: Int, seed: UInt64, faults: [String] = []) throws -> ExportBuffers {
  var options = GeneratorOptions(children: children, seed: seed)
  for fault in faults { try options.setFault(fault) }
  return SyntheticExport(options: options, calendar: iro.calendar).generate()
}

private func imported(_ buffers: ExportBuffers) -> ImportResult {
  let files = Dictionary(uniqueKeysWithValues: buffers.files.map { ($0.file, $0.buffer.bytes) })
  return CanonicalImporter(schema: iro.schema).load(files: files, directory: "gen")
}

@Suite struct SyntheticExportTests {
  @Test func sameSeedSameBytesOtherSeedOtherBytes() throws {
    let a = try export(children: 300, seed: 11).files.map(\.buffer.bytes)
    let b = try export(children: 300, seed: 11).files.map(\.buffer.bytes)
    let c = try export(children: 300, seed: 12).files.map(\.buffer.bytes)
    #expect(a == b)
    #expect(a != c)
  }

  @Test func importsCleanlyWithEveryRowLoaded() throws {
    let buffers = try export(children: 400, seed: 3)
    let result = imported(buffers)
    #expect(result.diagnostics.map { $0.rendered() } == [])
    #expect(result.counts.map(\.loaded) == buffers.files.map(\.buffer.rowCount))
    #expect(result.counts.allSatisfy { $0.excluded == 0 })
  }

  @Test func childrenAreTheirOwnStreamsSoMoreChildrenKeepTheFirst() throws {
    let small = try export(children: 50, seed: 5).files[0].buffer.bytes
    let large = try export(children: 120, seed: 5).files[0].buffer.bytes
    #expect(Array(large.prefix(small.count)) == small)
  }

  /// With every fault off, the generator's timetable and the rules' agree: independent code
  /// for the same statutory schedule.
  @Test func withoutFaultsTheTimetableRulesAreAllMet() throws {
    let faults = GeneratorOptions.faults.map { "\($0.name)=0" }
    let result = imported(try export(children: 600, seed: 9, faults: faults))
    let context = AuditContext(
      asAt: Day(iso: "2022-03-31"), periodStart: Day(iso: "2021-04-01"),
      periodEnd: Day(iso: "2022-03-31"))
    let ids = [
      "reviews_within_timescale", "no_overdue_review", "participation_code_matches_age",
      "iro_allocated_promptly", "escalation_actions_time_bound", "child_views_conveyed",
      "iro_footprint_between_reviews", "permanence_plan_by_second_review",
    ]
    let scorer = Scorer(pack: iro, only: ids)
    let summary = ScoreSummary(
      results: scorer.score(result.dataset, context: context), scorer: scorer)
    for rule in summary.rules {
      #expect(rule.cases.notMet == 0, "\(rule.ruleID)")
      #expect(rule.cases.insufficientEvidence == 0, "\(rule.ruleID)")
      #expect(rule.cases.met > 50, "\(rule.ruleID)")
    }
  }

  @Test func faultOptionsAreChecked() {
    var options = GeneratorOptions(children: 1, seed: 1)
    #expect(throws: Diagnostic.error("unknown fault 'late_reviews'; did you mean 'late_review'?")) {
      try options.setFault("late_reviews=0.1")
    }
    #expect(
      throws: Diagnostic.error("the rate of 'late_review' must be a number from 0 to 1, not '2'")
    ) {
      try options.setFault("late_review=2")
    }
    for written in ["0x1p-3", "1e-1", "nan", "+0.5", " 0.5", "0.5.", ".", ""] {
      #expect(
        throws: Diagnostic.error(
          "the rate of 'late_review' must be a number from 0 to 1, not '\(written)'")
      ) {
        try options.setFault("late_review=" + written)
      }
    }
    #expect(throws: Never.self) { try options.setFault("late_review=0.5") }
    #expect(options.rate("late_review") == 0.5)
    #expect(throws: Never.self) { try options.setFault("late_review=.25") }
    #expect(options.rate("late_review") == 0.25)
  }

  @Test func aFaultWithoutARateOrANameSaysWhatIsMissing() {
    var options = GeneratorOptions(children: 1, seed: 1)
    let names = GeneratorOptions.faults.map(\.name).joined(separator: ", ")
    #expect(
      throws: Diagnostic.error(
        "the fault 'late_review' needs a rate from 0 to 1, as in 'late_review=0.05'")
    ) {
      try options.setFault("late_review")
    }
    #expect(
      throws: Diagnostic.error("the rate of 'late_review' must be a number from 0 to 1, not ''")
    ) {
      try options.setFault("late_review=")
    }
    #expect(throws: Diagnostic.error("unknown fault ''; expected \(names)")) {
      try options.setFault("=0.1")
    }
    #expect(
      options.rate("late_review") == GeneratorOptions(children: 1, seed: 1).rate("late_review"))
  }

  @Test func participationFollowsTheReferenceShape() throws {
    let result = imported(try export(children: 2000, seed: 21))
    let context = AuditContext(
      asAt: Day(iso: "2022-03-31"), periodStart: Day(iso: "2021-04-01"),
      periodEnd: Day(iso: "2022-03-31"))
    let scorer = Scorer(pack: iro, only: ["child_views_conveyed", "reviews_within_timescale"])
    let summary = ScoreSummary(
      results: scorer.score(result.dataset, context: context), scorer: scorer)
    // The reference service: 84% of reviews of children aged 4+ had their views conveyed, and
    // 98.6% of reviews were on time.
    let conveyed = try #require(summary.rules[1].items.compliance)
    let onTime = try #require(summary.rules[0].items.compliance)
    #expect(abs(conveyed - 0.84) < 0.03)
    #expect(abs(onTime - 0.986) < 0.01)
  }
}
