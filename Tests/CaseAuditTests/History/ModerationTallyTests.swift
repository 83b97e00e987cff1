import Testing

@testable import CaseAudit

/// The sentence `history moderate` prints (issue 8, item 13).
@Suite struct ModerationTallyTests {
  @Test func theIssuesFileSaysWhatHappenedToEveryRow() {
    var tally = ModerationTally()
    tally.rows = 10_000
    tally.blank = 9_254
    tally.repeated = 20
    tally.added = 700
    tally.replaced = 26
    #expect(
      tally.sentence(audit: 3)
        == "726 moderated findings stored for audit 3 (700 new, 26 replacing the same auditor's"
        + " earlier outcome); of the file's 10,000 rows, 9,254 have no auditor_outcome, 20 repeat"
        + " an earlier row of the file")
  }

  @Test func aSecondReadingOfTheSameFileStoresNothing() {
    var tally = ModerationTally()
    tally.rows = 1
    tally.unchanged = 1
    #expect(
      tally.sentence(audit: 1)
        == "0 moderated findings stored for audit 1; of the file's 1 rows, 1 was stored before as"
        + " it is and left unchanged")
  }

  @Test func countsAreGroupedByThousands() {
    let cases = [
      (0, "0"), (999, "999"), (1_000, "1,000"), (10_000, "10,000"), (1_234_567, "1,234,567"),
    ]
    for (value, text) in cases { #expect(ModerationTally.count(value) == text) }
  }
}
