import Testing

@testable import CaseAudit

/// Rows sort by their key's bytes through precomputed ranks; the ranks must agree with a plain
/// byte-order sort, including texts that share their first 16 bytes.
@Suite struct TextRankTests {
  @Test func ranksFollowByteOrder() {
    let table = [
      "C100000-P2-X1-A10", "C100000-P2-X1-A1", "C100000-P2-X1-A2", "C1", "C10", "b", "B",
      "C100000-P2-X1-A1\u{0}", "é", "",
    ]
    // Row 3 has no key (-1); rows 4 and 5 share a text. By hand: "" < "B" < "C1" < "C10" <
    // "...A1" < "...A1\0" < "...A10" < "...A2" < "b" < "é".
    let codes: [Int32] = [0, 1, 2, -1, 3, 3, 4, 5, 6, 7, 8, 9]
    let ranks = DatasetAssembler.textRanks(
      Column(storage: .strings(codes: codes, table: table)))
    let byBytes = table.indices.sorted { table[$0].utf8.lexicographicallyPrecedes(table[$1].utf8) }
    let expected = codes.map { code in
      code < 0 ? Int32(-1) : Int32(byBytes.firstIndex(of: Int(code))!)
    }
    #expect(ranks == expected)
    #expect(ranks == [6, 4, 7, -1, 2, 2, 3, 8, 1, 5, 9, 0].map { Int32($0) })
  }
}
