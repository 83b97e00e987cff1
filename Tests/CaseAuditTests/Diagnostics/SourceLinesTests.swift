import Testing

@testable import CaseAudit

/// Lines as splitting the text a Unicode scalar at a time gives them (the way they were split
/// before they were split by bytes).
private func linesByScalar(_ text: String) -> [String] {
  var lines: [String] = []
  var current = ""
  var lastWasCR = false
  for scalar in text.unicodeScalars {
    if scalar == "\n" {
      if !lastWasCR { lines.append(current) }
      current = ""
      lastWasCR = false
    } else if scalar == "\r" {
      lines.append(current)
      current = ""
      lastWasCR = true
    } else {
      current.unicodeScalars.append(scalar)
      lastWasCR = false
    }
  }
  lines.append(current)
  return lines
}

/// A file's lines, as diagnostics quote them, split at every kind of line break.
@Suite struct SourceLinesTests {
  @Test func linesSplitAtLFCRLFAndALoneCR() {
    #expect(SourceFile.lines(of: "a\nb\r\nc\rd") == ["a", "b", "c", "d"])
    #expect(SourceFile.lines(of: "") == [""])
    #expect(SourceFile.lines(of: "x\n") == ["x", ""])
    #expect(SourceFile.lines(of: "\r\r\n\n") == ["", "", "", ""])
  }

  @Test func linesAreThoseOfAScanByScalar() {
    let pieces = ["\n", "\r", "\r\n", "a", "Zoë", "e\u{301}", "😀", " ", "\u{FEFF}", "\t", "\0"]
    var generator = SplitMix(state: 11)
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      #expect(SourceFile.lines(of: text) == linesByScalar(text), "\(text.debugDescription)")
    }
  }
}
