import Foundation
import Testing

@testable import CaseAudit

/// The JSON writer's fast paths against independent computations: a string found to need no
/// escape eight bytes at a time against `JSONEncoder`, and evidence ordered in place against
/// the general `json(stringsByName:)`.
@Suite struct JSONFastPathTests {
  /// One string as `JSONEncoder` writes it with CaseAudit's options.
  static func encoded(_ text: String) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode([text]).dropFirst().dropLast())
  }

  /// Strings of every length around a word, with each byte that needs an escape (and the bytes
  /// either side of those that do not) at every position.
  static var strings: [String] {
    var texts = StreamedOutputTests.awkward + ["caf\u{E9} na\u{EF}ve \u{1F600}", "\u{7F}\u{80}"]
    for length in 0...17 {
      texts.append(String(repeating: "a", count: length))
      for position in 0..<length {
        for special in ["\"", "\\", "\u{0}", "\u{1F}", "\n", " ", "!", "[", "]", "\u{E9}"] {
          var characters = Array(repeating: "b", count: length)
          characters[position] = special
          texts.append(characters.joined())
        }
      }
    }
    return texts
  }

  @Test func stringsAreWrittenAsJSONEncoderWritesThem() throws {
    for text in Self.strings {
      var sink = ByteSink()
      sink.json(text)
      let written = sink.bytes
      #expect(written == (try Self.encoded(text)), "\(text.debugDescription)")
    }
  }

  @Test func escapesAreFoundExactlyAsAPlainLoopFindsThem() {
    for text in Self.strings {
      var plain = false
      for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        plain = true
      }
      let found = ByteSink.withUTF8(of: text) { ByteSink.needsEscape($0) }
      #expect(found == plain, "\(text.debugDescription)")
    }
  }

  /// Evidence of odd shapes: none, one, sorted, reversed, repeated names (first kept), names
  /// that begin others, empty names, names Swift counts equal with different bytes, non-ASCII
  /// and more than a word of names.
  static let evidenceLists: [[(String, String)]] = [
    [], [("only", "1")], [("a", "1"), ("b", "2")], [("b", "2"), ("a", "1")],
    [("held_on", "2021-05-06"), ("due_by", "2021-05-05"), ("previous_review", "unknown")],
    [("x", "first"), ("y", "2"), ("x", "second")], [("ab", "1"), ("a", "2"), ("", "3")],
    [("caf\u{E9}", "1"), ("cafe\u{301}", "2")], [("\u{E9}", "1"), ("e", "2"), ("Z", "3")],
    [("B", "b"), ("a", "\"q\""), ("_", "\n"), ("A", "\\")],
    (0..<12).map { ("name\(11 - $0)", "value \($0)") },
    [("same", "1"), ("same", "2")], [("", ""), ("", "x")],
  ]

  @Test func evidenceIsOrderedAsTheGeneralPathOrdersIt() {
    for pairs in Self.evidenceLists {
      let evidence = pairs.map { EvidenceValue(name: $0.0, value: $0.1) }
      var fast = ByteSink()
      fast.json(evidence: evidence)
      var general = ByteSink()
      general.json(stringsByName: pairs.map { (name: $0.0, value: $0.1) })
      let (written, expected) = (fast.bytes, general.bytes)
      #expect(written == expected, "\(pairs)")
    }
  }

  /// And against `JSONEncoder` over the dictionary the evidence makes (first name kept).
  @Test func evidenceIsWrittenAsJSONEncoderWritesItsDictionary() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for pairs in Self.evidenceLists {
      var sink = ByteSink()
      sink.json(evidence: pairs.map { EvidenceValue(name: $0.0, value: $0.1) })
      let dictionary = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
      let written = sink.bytes
      #expect(written == Array(try encoder.encode(dictionary)), "\(pairs)")
    }
  }
}
