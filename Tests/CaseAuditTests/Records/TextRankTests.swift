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

  @Test func randomTextsRankAsAPlainByteSortOrdersThem() {
    // Long shared prefixes (past 16 bytes), NUL and non-ASCII bytes, empty cells.
    var generator = SplitMix(state: 5)
    let pieces = ["C100000-P2-X1-A", "1", "10", "\u{0}", "\u{E9}", "b", "B", ""]
    for _ in 0..<40 {
      var texts: Set<String> = []
      for _ in 0..<Int.random(in: 0...30, using: &generator) {
        texts.insert(
          (0..<Int.random(in: 1...4, using: &generator)).map { _ in
            pieces[Int.random(in: 0..<pieces.count, using: &generator)]
          }.joined())
      }
      let table = texts.sorted().shuffled(using: &generator)
      let codes = (0..<Int.random(in: 0...50, using: &generator)).map { _ in
        table.isEmpty ? -1 : Int32.random(in: -1..<Int32(table.count), using: &generator)
      }
      let ranks = DatasetAssembler.textRanks(
        Column(storage: .strings(codes: codes, table: table)))
      let byBytes = table.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      #expect(ranks == codes.map { $0 < 0 ? -1 : Int32(byBytes.firstIndex(of: table[Int($0)])!) })
    }
  }
}

/// Key columns as the import builds them (texts read from their interner's bytes) and large
/// tables, many of whose texts tie on their first 16 bytes, rank as a plain byte sort of them.
@Suite struct LargeTextRankTests {
  /// Seeded ids sharing prefixes, some past 16 bytes, some with NUL or non-ASCII bytes.
  private func texts(_ count: Int, _ generator: inout SplitMix) -> [String] {
    let pieces = ["C1", "0", "7", "-P2", "-R1", "\u{0}", "\u{E9}", "e\u{301}", "b", "B"]
    return seededTexts(count, of: pieces, upTo: 9, &generator)
  }

  /// Each row's rank by a plain sort of the table's texts by their bytes.
  private func plainRanks(_ codes: [Int32], _ table: [String]) -> [Int32] {
    let byBytes = table.indices.sorted { table[$0].utf8.lexicographicallyPrecedes(table[$1].utf8) }
    var rank = [Int32](repeating: 0, count: table.count)
    for (position, code) in byBytes.enumerated() { rank[code] = Int32(position) }
    return codes.map { $0 < 0 ? -1 : rank[Int($0)] }
  }

  @Test func largeTablesRankAsAPlainByteSort() {
    var generator = SplitMix(state: 11)
    for count in [65, 300, 2_000] {
      let table = texts(count, &generator)
      let codes = (0..<count * 2).map { _ in
        Int32.random(in: -1..<Int32(table.count), using: &generator)
      }
      let ranks = DatasetAssembler.textRanks(Column(storage: .strings(codes: codes, table: table)))
      #expect(ranks == plainRanks(codes, table))
    }
  }

  @Test func importedKeyColumnsRankAsTheirSpellings() {
    // With and without texts first written decomposed (keyed by their NFC form, so their
    // interner's bytes are not their spelling's).
    var generator = SplitMix(state: 13)
    for decomposedFirst in [false, true] {
      var cells = texts(500, &generator).filter { !$0.unicodeScalars.contains("\u{301}") }
      if decomposedFirst { cells.insert("ce\u{301}", at: 0) }
      var builder = ByteColumnBuilder(for: FieldType(.id), capacity: cells.count)
      for var cell in cells { cell.withUTF8 { builder.append(text: $0) } }
      let column = builder.build(keepingLookup: true)
      guard case .strings(let codes, let table) = column.storage else {
        Issue.record("not a text column")
        return
      }
      #expect(column.keyIndex?.keysAreSpellings == !decomposedFirst)
      #expect(DatasetAssembler.textRanks(column) == plainRanks(codes, table))
    }
  }
}

/// Rows of a type ordered by one date sort on day and row packed into integers, each day's
/// rows then by their keys' bytes; the order must be the general sort's (day, empty last; then
/// key text; then row), and the packing must step aside where it cannot give that order.
@Suite struct DayOrderTests {
  /// The general sort, by hand: days with empty last, then keys' bytes, then rows.
  private func expected(
    _ days: [Int32], _ keys: [String], _ accepted: [Bool]
  ) -> [Int] {
    let key = { (day: Int32) -> Int64 in day == .min ? .max : Int64(day) }
    return days.indices.filter { accepted[$0] }.sorted { a, b in
      if key(days[a]) != key(days[b]) { return key(days[a]) < key(days[b]) }
      if keys[a] != keys[b] { return keys[a].utf8.lexicographicallyPrecedes(keys[b].utf8) }
      return a < b
    }
  }

  /// A key column of distinct texts in a seeded order: shared prefixes past 16 bytes, NULs.
  private func keys(_ count: Int, _ generator: inout SplitMix) -> [String] {
    let pieces = ["C100000-P2-X1-A", "1", "10", "\u{0}", "\u{E9}", "b", "B"]
    return seededTexts(count, of: pieces, upTo: 4, &generator)
  }

  @Test func packedOrderIsTheGeneralSortsOrder() {
    // Days negative and positive, empty, tied; keys distinct; some rows not accepted; key
    // columns of texts and as the import builds them (read from their interner).
    var generator = SplitMix(state: 7)
    for round in 0..<60 {
      // At most 2,000: the pieces make only about 2,800 distinct keys, drawn until distinct.
      let count = Int.random(in: 0...(round < 50 ? 60 : 2_000), using: &generator)
      let days = (0..<count).map { _ -> Int32 in
        let pick = Int.random(in: 0..<10, using: &generator)
        return pick == 0 ? .min : Int32.random(in: -5...5, using: &generator) * 40_000
      }
      let texts = keys(count, &generator)
      let accepted = (0..<count).map { _ in Int.random(in: 0..<5, using: &generator) > 0 }
      expectOrdersAsTheGeneralSort(days, texts, accepted)
    }
  }

  @Test func countedOrderIsTheGeneralSortsOrder() {
    // Days in a range short enough to count (the other test's spread ones are packed and
    // radix-sorted): one day, days around zero with gaps, many rows a day, empty days.
    var generator = SplitMix(state: 11)
    for round in 0..<60 {
      let count = Int.random(in: 0...(round < 50 ? 80 : 2_000), using: &generator)
      let width = Int32([0, 3, 40, 400][round % 4])
      let base = Int32.random(in: -20_000...20_000, using: &generator)
      let days = (0..<count).map { _ -> Int32 in
        Int.random(in: 0..<8, using: &generator) == 0
          ? .min : base + Int32.random(in: 0...width, using: &generator)
      }
      let texts = keys(count, &generator)
      let accepted = (0..<count).map { _ in Int.random(in: 0..<5, using: &generator) > 0 }
      expectOrdersAsTheGeneralSort(days, texts, accepted)
    }
  }

  /// `byDay` orders the rows as `expected` does, with the keys as a column of texts and as
  /// the import builds one (read from its interner).
  private func expectOrdersAsTheGeneralSort(
    _ days: [Int32], _ texts: [String], _ accepted: [Bool]
  ) {
    let plain = Column(
      storage: .strings(codes: (0..<texts.count).map { Int32($0) }, table: texts))
    var builder = ByteColumnBuilder(for: FieldType(.id), capacity: texts.count)
    for var text in texts { text.withUTF8 { builder.append(text: $0) } }
    for column in [plain, builder.build(keepingLookup: true)] {
      let sorted = DatasetAssembler.byDay(days, key: column, keeping: accepted)
      #expect(sorted == expected(days, texts, accepted))
    }
  }

  @Test func packingStepsAsideWhereItCannotOrder() {
    let key = { (codes: [Int32]) in Column(storage: .strings(codes: codes, table: ["a", "b"])) }
    // A row without a key, two rows with one key, the last day of Int32's range.
    #expect(DatasetAssembler.byDay([1, 2], key: key([0, -1]), keeping: [true, true]) == nil)
    #expect(DatasetAssembler.byDay([1, 2], key: key([1, 1]), keeping: [true, true]) == nil)
    #expect(DatasetAssembler.byDay([.max, 2], key: key([0, 1]), keeping: [true, true]) == nil)
    // A duplicate among rows not kept does not matter.
    #expect(DatasetAssembler.byDay([3, 2], key: key([1, 1]), keeping: [true, false]) == [0])
  }
}

/// A text's 16-byte prefix, read a word at a time, must be its first bytes one by one,
/// zero-padded, at every length around the words' edges.
@Suite struct TextPrefixTests {
  @Test func prefixIsTheFirstSixteenBytes() {
    var generator = SplitMix(state: 13)
    for length in 0...40 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      var (high, low): (UInt64, UInt64) = (0, 0)
      for (offset, byte) in bytes.prefix(16).enumerated() {
        if offset < 8 {
          high |= UInt64(byte) << UInt64(56 - 8 * offset)
        } else {
          low |= UInt64(byte) << UInt64(120 - 8 * offset)
        }
      }
      let prefix = bytes.withUnsafeBufferPointer { TextPrefix($0, tag: 3) }
      #expect([prefix.high, prefix.low, UInt64(prefix.tag)] == [high, low, 3])
    }
  }
}

/// `count` distinct texts, each one to `most` seeded pieces joined, in a seeded order.
private func seededTexts(
  _ count: Int, of pieces: [String], upTo most: Int, _ generator: inout SplitMix
) -> [String] {
  var texts: Set<String> = []
  while texts.count < count {
    texts.insert(
      (0..<Int.random(in: 1...most, using: &generator)).map { _ in
        pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      }.joined())
  }
  return texts.sorted().shuffled(using: &generator)
}
