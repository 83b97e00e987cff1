import Testing

@testable import CaseAudit

/// A value from a hostile export reaches the terminal escaped: it cannot forge a diagnostic
/// line, clear the screen or colour what follows.
@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("C1", "C1"),
    ("tab\there", "tab\there"),
    ("2021-01-01\nx.csv:1:1: warning: all good", "2021-01-01\\nx.csv:1:1: warning: all good"),
    ("a\r\nb", "a\\r\\nb"),
    ("2021-01-01\u{1B}[2J", "2021-01-01\\u{1B}[2J"),
    ("C1\u{9B}31mRED", "C1\\u{9B}31mRED"),
    ("nul\u{0}del\u{7F}", "nul\\u{0}del\\u{7F}"),
    ("Zoë Siân", "Zoë Siân"),
  ])
  func controlCharactersAreEscaped(text: String, shown: String) {
    #expect(TerminalText.escape(text) == shown)
  }

  @Test func aDiagnosticQuotingAHostileValueStaysOneLine() {
    let diagnostic = Diagnostic.error(
      "'2021-01-01\nx.csv:1:1: warning: all good' is not a date (YYYY-MM-DD) for 'held_on'",
      at: SourceLocation(file: "x.csv", line: 2, column: 4), kind: "bad value")
    #expect(
      diagnostic.rendered()
        == "x.csv:2:4: error: '2021-01-01\\nx.csv:1:1: warning: all good' is not a date"
        + " (YYYY-MM-DD) for 'held_on'")
  }

  @Test func aTableCellCannotSplitItsRow() {
    #expect(
      TextTable.render([["id", "n"], ["C1\n\u{1B}[31mRED", "1"]], rightAligned: [1])
        == "id" + String(repeating: " ", count: 17) + "n\nC1\\n\\u{1B}[31mRED  1\n")
  }
}
