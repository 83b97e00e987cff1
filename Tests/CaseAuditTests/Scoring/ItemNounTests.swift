import Testing

@testable import CaseAudit

/// A finding's item noun, its underscores made spaces byte by byte for ASCII names, against
/// replacing them character by character.
@Suite struct ItemNounTests {
  @Test func underscoresBecomeSpacesAsCharacterByCharacter() {
    let names = [
      "", "_", "__", "reviews", "care_plans", "_leading", "trailing_", "a__b", "caf\u{E9}_plans",
      "_\u{301}accent", "x_\u{301}", "\u{1F600}_emoji", "tab\t_\"quote\"", "UPPER_case_",
    ]
    for name in names {
      let expected = String(name.map { $0 == "_" ? " " : $0 })
      #expect(RuleEvaluator.spaced(name) == expected, "\(name.debugDescription)")
      #expect(RuleEvaluator.spaced(name).utf8.elementsEqual(expected.utf8))
    }
  }
}
