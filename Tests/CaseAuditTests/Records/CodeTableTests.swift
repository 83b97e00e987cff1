import Testing

@testable import CaseAudit

/// Finding a cell's code by words gives the index a plain search of the codes' bytes gives,
/// for codes of every length around a word's, codes that are prefixes of others, and a code
/// that is not ASCII (never found: its cells are read the general way).
@Suite struct CodeTableTests {
  private static let codes = [
    "A", "AB", "PN0", "PN01", "ABCDEFGH", "ABCDEFGHI", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOPQ",
    "ABCDEFGHIJKLMNOPQRSTU", "caf\u{E9}", "",
  ].map { Array($0.utf8) }

  @Test func findsTheIndexAPlainSearchFinds() {
    let table = CodeTable(Self.codes)
    #expect(table.count == Self.codes.count)
    var cells = Self.codes
    for code in Self.codes where !code.isEmpty {
      cells += [
        Array(code.dropLast()), code + [0], code + [0x41], [0] + code, code.map { $0 | 0x20 },
      ]
    }
    for cell in cells {
      let expected = cell.allSatisfy({ $0 < 0x80 }) ? Self.codes.firstIndex(of: cell) : nil
      #expect(cell.withUnsafeBufferPointer { table.index(of: $0) } == expected, "\(cell)")
    }
  }
}
