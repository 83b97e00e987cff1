import Testing

@testable import CaseAudit

/// `ByteSink`'s CSV cells, read in place from each string's storage, are the bytes `CSVBuffer`
/// writes for the neutralised text, and the evidence cell those of its joined text.
@Suite struct CSVCellTests {
  /// Texts of odd shapes: empty, non-ASCII, quotes and separators anywhere, formula triggers,
  /// small and large (heap-stored) strings, and a substring's copy.
  static let texts: [String] = [
    "", "a", "plain", "C100000-P2-R1", "with, comma", "\"quoted\"", "say \"hi\"", "line\nbreak",
    "cr\rhere", "=SUM(A1)", "+1", "-3", "@home", "\tindented", "'apostrophe", "é", "naïve café",
    "日本語のテキスト", "emoji 👩‍👧 here", "a,\"b\"\n,c", String(repeating: "long text ", count: 12),
    String(repeating: "\"", count: 20), String("xx, substring yy".dropFirst(2)), "-", "=", ",",
  ]

  /// The bytes `CSVBuffer` writes for one row of these fields (header row left out).
  static func reference(_ fields: [String]) -> [UInt8] {
    var buffer = CSVBuffer(header: [])
    buffer.append(fields: fields)
    // The empty header is a line of its own.
    return Array(buffer.bytes.dropFirst())
  }

  /// What a sink writes.
  static func written(_ write: (inout ByteSink) -> Void) -> [UInt8] {
    var sink = ByteSink()
    write(&sink)
    return sink.bytes
  }

  @Test func cellsAreTheNeutralisedTextAsCSVBufferWritesIt() {
    for text in Self.texts {
      let expected = Self.reference([SpreadsheetText.neutralised(text)])
      #expect(Self.written { $0.csv(text) } + [0x0A] == expected, "\(text.debugDescription)")
      let plain = Self.reference([text])
      #expect(
        Self.written { $0.csv(text, neutralised: false) } + [0x0A] == plain,
        "\(text.debugDescription)")
    }
  }

  @Test func everyByteThatNeedsQuotesIsFoundAtEveryPlace() {
    // Cells are scanned eight bytes at a time, then byte by byte: each length and place.
    for length in 1...26 {
      for place in 0..<length {
        for special in [",", "\"", "\n", "\r", "-", "+", " ", "é", "\u{7F}", "\0"] {
          let text =
            String(repeating: "a", count: place) + special
            + String(repeating: "b", count: length - place - 1)
          let expected = Self.reference([SpreadsheetText.neutralised(text)])
          #expect(Self.written { $0.csv(text) } + [0x0A] == expected, "\(text.debugDescription)")
        }
      }
    }
  }

  @Test func writtenTextIsItsUTF8() {
    for text in Self.texts {
      #expect(Self.written { $0.write(text) } == Array(text.utf8))
    }
  }

  @Test func evidenceIsTheJoinedTextAsOneCell() {
    var lists: [[EvidenceValue]] = [[]]
    for (index, name) in Self.texts.enumerated() {
      let value = Self.texts[(index * 7 + 3) % Self.texts.count]
      lists.append([EvidenceValue(name: name, value: value)])
      let other = Self.texts[(index * 5 + 1) % Self.texts.count]
      lists.append([
        EvidenceValue(name: name, value: value), EvidenceValue(name: "due", value: other),
        EvidenceValue(name: "", value: "unknown"),
      ])
    }
    for evidence in lists {
      let joined = evidence.map { "\($0.name) \($0.value)" }.joined(separator: "; ")
      let expected = Self.reference([SpreadsheetText.neutralised(joined)])
      #expect(Self.written { $0.csv(evidence: evidence) } + [0x0A] == expected, "\(joined)")
    }
  }
}
