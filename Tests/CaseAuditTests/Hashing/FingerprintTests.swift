import Foundation
import Testing

@testable import CaseAudit

/// The bytes `Fingerprint.of` hashes, made the way they were before they were made by bytes:
/// Foundation's replacement of CRLF, and the first character dropped when it is a BOM.
private func normalisedByFoundation(_ texts: [(path: String, text: String)]) -> [UInt8] {
  var bytes: [UInt8] = []
  for (path, text) in texts.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
    var normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
    if normalised.hasPrefix("\u{FEFF}") { normalised.removeFirst() }
    bytes += Array(path.utf8) + [0] + Array(normalised.utf8) + [0]
  }
  return bytes
}

/// A pack's and an export's fingerprints do not depend on line endings, a BOM or file order.
@Suite struct FingerprintTests {
  @Test func textsAreHashedByPathWithoutBOMAndWithLFs() {
    let fingerprint = Fingerprint.of(texts: [("b.yaml", "\u{FEFF}x: 1\r\ny: 2\r"), ("a.yaml", "")])
    let bytes = Array("a.yaml\0\0b.yaml\0x: 1\ny: 2\r\0".utf8)
    #expect(fingerprint == Fingerprint.sha256(bytes))
  }

  @Test func sha256IsTheStandardOne() {
    // FIPS 180-2's example for "abc".
    #expect(
      Fingerprint.sha256(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func normalisedBytesAreThoseFoundationMakes() {
    // Every text of three pieces: Foundation leaves a CRLF before a combining mark as it is.
    let pieces = ["\r\n", "\r", "\n", "\u{FEFF}", "\u{301}", "a", "Zoë", "é", "😀", "\r\r\n"]
    for first in pieces {
      for second in pieces {
        for third in pieces {
          let text = first + second + third
          let texts = [(path: "rules/a.yaml", text: text), (path: "pack.yaml", text: "k: v\r\n")]
          let expected = Fingerprint.sha256(normalisedByFoundation(texts))
          #expect(Fingerprint.of(texts: texts) == expected, "\(text.debugDescription)")
        }
      }
    }
  }
}
