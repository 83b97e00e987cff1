import Testing

@testable import CaseAudit

/// `SpreadsheetText`: OWASP's CSV-injection prefix, and its inverse.
@Suite struct SpreadsheetTextTests {
  @Test func triggersGetAnApostropheAndComeBack() {
    let cases = [
      ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1", "'+1"), ("-3", "'-3"),
      ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("'quoted", "''quoted"),
      ("C100054", "C100054"), ("", ""), ("a=b", "a=b"), (" =x", " =x"),
    ]
    for (value, written) in cases {
      #expect(SpreadsheetText.neutralised(value) == written)
      #expect(SpreadsheetText.restored(written) == value)
    }
  }
}
