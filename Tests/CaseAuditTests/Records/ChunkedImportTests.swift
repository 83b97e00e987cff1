import Testing

@testable import CaseAudit

/// A malformed export: CRLF and LF, quoted fields holding commas, doubled quotes and line
/// breaks, blank lines, ragged rows, text after a closing quote, a stray quote, a NUL byte,
/// bad dates, codes, booleans and numbers, duplicate keys (of a loaded row, of an excluded row,
/// and canonically equivalent spellings), dangling references, a review placed by its date,
/// Windows-1252 and UTF-16, and a quoted field the file ends inside.
private let corpus: [String: [UInt8]] = [
  "children.csv": Array(children.utf8), "periods.csv": utf16LE(periods),
  "reviews.csv": Array(reviews.utf8), "professionals.csv": professionals,
]

private let children = [
  "child_id,dob,name\r\n",
  "C1,2012-03-01,\"Sam, \"\"Jr\"\"\r\nSmith\"\r\n",
  "C2,2013-13-01,Al\r\n",
  "\r\n",
  "C3, 2014-02-02 ,\"Line\nbreak\"\r\n",
  "C1,2015-01-01,again\r\n",
  "C2,2016-01-01,again\r\n",
  "C4,2016-01-01\r\n",
  "\"C5\"x,2016-01-01,after the quote\r\n",
  "C6,2016-0\"1-01,stray\r\n",
  "C\u{0}7,2011-01-01,\"\r\n\r\n\"\r\n",
  "Zoe\u{301},2012-01-01,decomposed\r\n",
  "Zo\u{E9},2012-01-01,precomposed\r\n",
  "C8,2010-05-05,\"a\r\nb, \"\"c\"\"\"\r\n",
  "C9,2010-05-05,last\r\n",
].joined()

private let periods = [
  "period_id,child_id,start,end\n",
  "P1,C1,2021-04-06,\n",
  "P2,C2,2021-04-06,\n",
  "P3,C9,2021-01-01,2021-12-31\n",
  "P4,Zoe\u{301},2021-02-02,\n",
].joined()

private let reviews = [
  "review_id,child_id,period_id,held_on,participation,chair_id,cancelled,score\n",
  "R1,C1,P1,2021-05-05,PN1,X1,false,3\n",
  "R2,C1,P1,2021-06-05,PN9,X1,maybe,x\n",
  "R3,C2,P2,2021-06-05,PN0,X1,,\n",
  "\"R4\",\"C9\",,\"2021-07-01\",\"PN7\",\"X2\",TRUE,\"12\"\n",
  "R2,C1,P1,2021-06-06,PN1,X1,false,1\n",
  "R5,C1,P1,2021-08-01,PN1,X9,false,1\n",
  "R6,C9,P3,2021-09-01,\" PN0 \",,false,\n",
  "R1,C8,,2021-09-01,PN0,,,\n",
  "R7,Zo\u{E9},P4,2021-09-02,PN0,X1,,\n",
  "R8,C9,P3,\"2021-10-01",
].joined()

/// Windows-1252: "Renée" with its é as the one byte 0xE9.
private let professionals: [UInt8] = {
  var bytes = Array("professional_id,name\nX1,Ren".utf8)
  bytes.append(0xE9)
  bytes += Array("e\nX2,\"O'Brien, \"\"Pat\"\"\"\r\nX1,again\r\n".utf8)
  return bytes
}()

/// UTF-16 (little-endian) with a byte-order mark.
private func utf16LE(_ text: String) -> [UInt8] {
  var bytes: [UInt8] = [0xFF, 0xFE]
  for unit in text.utf16 {
    bytes.append(UInt8(unit & 0xFF))
    bytes.append(UInt8(unit >> 8))
  }
  return bytes
}

private func load(chunkSize: Int) throws -> ImportResult {
  var importer = CanonicalImporter(schema: try Fixture.loadedSchema())
  importer.chunkSize = chunkSize
  return importer.load(files: corpus, directory: "export")
}

/// Everything the import made, as text: counts, every column's values and texts in their
/// order, references, lists, what was provided and which cases are incomplete.
private func snapshot(_ result: ImportResult) -> [String] {
  let dataset = result.dataset
  var lines = result.counts.map {
    "\($0.type) \($0.file) \($0.provided) \($0.loaded) \($0.excluded)"
  }
  for (type, table) in dataset.tables.enumerated() {
    for (field, column) in table.columns.enumerated() {
      lines.append("\(type).\(field) \(column.values.map { dataset.render($0) })")
      if case .strings(_, let texts) = column.storage { lines.append("  texts \(texts)") }
    }
    lines.append("\(type) references \(table.references)")
  }
  lines.append("lists \(dataset.lists)")
  lines.append("provided \(dataset.provided) \(dataset.providedFields)")
  lines.append("incomplete \(dataset.incomplete.map { $0.sorted() })")
  return lines
}

/// Cutting a file into chunks typed apart, however small, changes nothing: not a diagnostic,
/// not a value, not the order of a table's texts.
@Suite struct ChunkedImportTests {
  @Test func chunksOfAnySizeGiveTheDiagnosticsAndRecordsOfOneChunk() throws {
    let whole = try load(chunkSize: .max)
    let expected = whole.diagnostics.map { $0.rendered() }
    #expect(
      expected.joined(separator: "\n") == """
        export/children.csv:3:2: error: '2013-13-01' is not a date (YYYY-MM-DD) for 'dob'
        export/children.csv:5:2: warning: the date ' 2014-02-02 ' is padded with spaces; read as \
        '2014-02-02'
        export/children.csv:6:1: error: duplicate child_id 'C1' (first at row 2); no row with it \
        is loaded
        export/children.csv:7:1: error: duplicate child_id 'C2' (first at row 3); no row with it \
        is loaded
        export/children.csv:8:3: error: row has 2 fields; the header has 3
        export/children.csv:9:1: error: unexpected text after the closing quote of a quoted field
        export/children.csv:10:2: warning: a quote inside the unquoted field '2016-0"1-01'; read \
        as written
        export/children.csv:10:2: error: '2016-0"1-01' is not a date (YYYY-MM-DD) for 'dob'
        export/children.csv:11:1: warning: a NUL byte (shown as \\0) in 'C\\07'; read as 'C7'
        export/children.csv:13:1: error: duplicate child_id 'Zoé' (first at row 12); no row with \
        it is loaded
        export/periods.csv:2:2: error: child_id 'C1' names no loaded child (its row 2 in \
        children.csv is excluded for errors)
        export/periods.csv:3:2: error: child_id 'C2' names no loaded child (its row 3 in \
        children.csv is excluded for errors)
        export/periods.csv:5:2: error: child_id 'Zoé' names no loaded child (its row 12 in \
        children.csv is excluded for errors)
        export/professionals.csv:1:1: warning: not valid UTF-8 (the first byte that is not, \
        0xE9, is on line 2): read as Windows-1252
        export/professionals.csv:4:1: error: duplicate professional_id 'X1' (first at row 2); no \
        row with it is loaded
        export/reviews.csv:3:5: error: 'PN9' is not a code of 'participation'; did you mean 'PN0'?
        export/reviews.csv:3:7: error: 'maybe' is not true or false for 'cancelled'
        export/reviews.csv:3:8: error: 'x' is not a whole number for 'score'
        export/reviews.csv:4:2: error: child_id 'C2' names no loaded child (its row 3 in \
        children.csv is excluded for errors)
        export/reviews.csv:6:1: error: duplicate review_id 'R2' (first at row 3); no row with it \
        is loaded
        export/reviews.csv:7:2: error: child_id 'C1' names no loaded child (its row 2 in \
        children.csv is excluded for errors)
        export/reviews.csv:9:1: error: duplicate review_id 'R1' (first at row 2); no row with it \
        is loaded
        export/reviews.csv:10:2: error: child_id 'Zoé' names no loaded child (its row 12 in \
        children.csv is excluded for errors)
        export/reviews.csv:11:4: error: a quoted field is never closed; the file ends inside it
        """)
    let records = snapshot(whole)
    for size in [1, 2, 3, 4, 5, 6, 7, 9, 11, 16, 24, 40, 64, 100, 300] {
      let chunked = try load(chunkSize: size)
      #expect(chunked.diagnostics.map { $0.rendered() } == expected, "chunks of \(size) bytes")
      #expect(snapshot(chunked) == records, "chunks of \(size) bytes")
    }
  }

  @Test func chunksStartWhereRecordsStartWithTheirRowsAndLines() throws {
    let text = "a,b\r\n\"x\r\n\"\"y\",1\r\n\r\n2,\"\"\"\"\rz,3\n\"q\"r,4\n\"open,5"
    #expect(try recordStarts(text).map(\.start) == [0, 5, 17, 19, 26, 30, 37])
    try expectChunksFollowRecords(text, from: 5)
  }

  @Test func chunksFollowRecordsInSeededText() throws {
    // Quotes at and away from fields' starts, text after closing quotes, doubled quotes,
    // bare carriage returns, CRLF, unclosed quotes; runs longer than eight bytes between.
    var generator = SplitMix(state: 17)
    let pieces = ["a", ",", "\"", "\r", "\n", "\r\n", "\"\"", "abcdefghij", ",\"", "x\""]
    for _ in 0..<200 {
      let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      }.joined()
      try expectChunksFollowRecords(text, from: 0, sizes: [1, 2, 3, 5, 8, 13, 40])
    }
  }

  @Test func chunksFollowRecordsInLongSeededText() throws {
    // Mostly plain records, several to an eight-byte word or one over several words, which are
    // counted a word at a time; now and then a quote, a carriage return or a blank line; chunk
    // sizes around a word's, and none.
    var generator = SplitMix(state: 29)
    let plain = ["abc,defgh,ij\n", "a,b\n", "0123456789abcdef,1\n", "q\n"]
    let other = ["\n", "x,\"q\nr\",y\n", "k\r\n", "z\"w,v\n", "m\rn\n"]
    for _ in 0..<100 {
      let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
        Int.random(in: 0..<8, using: &generator) == 0
          ? other.randomElement(using: &generator)! : plain.randomElement(using: &generator)!
      }.joined()
      try expectChunksFollowRecords(
        text, from: 0, sizes: [1, 7, 8, 9, 15, 16, 17, 50, 64, 100, 1_000, .max])
    }
  }

  /// Where each record starts and the line it starts on, by `forEachRecord`.
  private func recordStarts(_ text: String) throws -> [(start: Int, line: Int)] {
    let scanner = CSVRecordScanner(Array(text.utf8))
    var starts: [(start: Int, line: Int)] = []
    var index = 0
    var line = 1
    while index < scanner.bytes.count {
      starts.append((index, line))
      (index, line) = scanner.forEachRecord(from: index, line: line) { _, _ in false }
    }
    return starts
  }

  /// Chunks of every size from the record at byte `from` start where records start, with
  /// their rows and lines, and hold every record once; each ends with the first of its records
  /// that reaches `size` bytes from its start.
  private func expectChunksFollowRecords(
    _ text: String, from start: Int, sizes: [Int] = Array(1...40)
  ) throws {
    let scanner = CSVRecordScanner(Array(text.utf8))
    let starts = try recordStarts(text)
    guard let firstRecord = starts.firstIndex(where: { $0.start == start }) else {
      #expect(starts.isEmpty && start == 0, "no record at \(start): \(text.debugDescription)")
      return
    }
    for size in sizes {
      let chunks = scanner.chunks(
        from: start, line: starts[firstRecord].line, row: firstRecord + 1, size: size)
      #expect(chunks.first?.start == start)
      #expect(chunks.last?.end == scanner.bytes.count)
      var row = firstRecord + 1
      for (chunk, next) in zip(chunks, chunks.dropFirst()) { #expect(chunk.end == next.start) }
      for chunk in chunks {
        let first = try #require(starts.firstIndex { $0.start == chunk.start })
        #expect(
          first + 1 == chunk.row && starts[first].line == chunk.line, "\(text.debugDescription)")
        #expect(chunk.row == row)
        row += chunk.records
        let next = first + chunk.records
        #expect(chunk.end == (next < starts.count ? starts[next].start : scanner.bytes.count))
        #expect(starts[next - 1].start - chunk.start < size, "\(text.debugDescription)")
        if chunk != chunks.last { #expect(chunk.end - chunk.start >= size) }
      }
      #expect(row == starts.count + 1, "\(text.debugDescription)")
    }
  }
}
