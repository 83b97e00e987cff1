import Testing

@testable import CaseAudit

/// Reviews whose every cell reads straight from its bytes, in odd shapes: empty optional
/// cells, codes, flags in any case, numbers, runs of one text and texts that are not ASCII
/// (one of them decomposed), a last record with no line break after it.
private let cleanReviews = [
  "review_id,child_id,period_id,held_on,participation,chair_id,cancelled,score\n",
  "R1,C1,P1,2021-05-05,PN1,X1,false,3\n",
  "R2,C1,P1,2021-06-05,PN0,X1,TRUE,-12\n",
  "R3,C1,,,,,,\n",
  "R4,Zo\u{E9},P2,2021-07-01,PN7,Zoe\u{301},False,0\n",
  "R5,Zoe\u{301},P2,2016-02-29,PN7,X2,true,\n",
  "\n",
  "  R6 ,C2,P3,2021-08-01,PN0,X2,,7\n",
  "R7,C2,P3,1996-01-01,PN1,\u{1F600},false,1\r\n",
  "R8,C2,P3,2030-12-31,PN1,X2,false,2",
].joined()

/// Everything a typed chunk holds, as text, but the key's cells (field 0 of a review), which a
/// chunk typed by field leaves out: its keys as written stand for them (see
/// `keysAreTheKeyCellsAsTyped`).
private func described(_ chunk: TypedChunk) -> [String] {
  var lines = [
    "count \(chunk.count) numbers \(chunk.numbers) typed \(chunk.typed)",
    "keys \(chunk.keys) ends \(chunk.keyEnds) hashes \(chunk.keyHashes)",
    "owners \(chunk.failedOwners) \(chunk.typedOwners) skipped \(chunk.skipped)",
    "problems \(chunk.problems.map { $0.rendered() })",
    "scan \(chunk.scan.diagnostics.map { $0.rendered() }) \(chunk.scan.rejectedRows)"
      + " \(chunk.scan.kept)",
  ]
  for field in chunk.fields.dropFirst() {
    let column = field.build()
    lines.append("\(column.values.map { String(describing: $0) })")
    if case .strings(let codes, let texts) = column.storage { lines.append("\(codes) \(texts)") }
  }
  return lines
}

/// The review typer of the fixture schema and a file prepared in chunks of `size` bytes.
private func prepared(
  _ text: String, chunkSize size: Int
) throws -> (TableTyper, TableTyper.PreparedTable) {
  let schema = try Fixture.loadedSchema()
  let type = try #require(schema.types.firstIndex { $0.name == "review" })
  let typer = TableTyper(schema: schema, type: type)
  return (typer, typer.prepare(Array(text.utf8), path: "reviews.csv", chunkSize: size))
}

/// Typing a chunk a field at a time gives exactly what typing it a record at a time gives, and
/// is declined whenever a cell needs the record-at-a-time way to be read or worded.
@Suite struct FieldTypingTests {
  @Test func cleanChunksTypedByFieldAreTypedAsByRecord() throws {
    for size in [1, 2, 30, 64, 100, .max] {
      let (typer, table) = try prepared(cleanReviews, chunkSize: size)
      #expect(!table.chunks.isEmpty)
      for chunk in table.chunks.indices {
        let byField = try #require(
          typer.typeByField(table, chunk: chunk), "chunk \(chunk) of \(size) bytes")
        #expect(
          described(byField) == described(typer.typeByRecord(table, chunk: chunk)),
          "chunk \(chunk) of \(size) bytes")
      }
    }
  }

  @Test func keysAreTheKeyCellsAsTyped() throws {
    for size in [1, 30, .max] {
      let (typer, table) = try prepared(cleanReviews, chunkSize: size)
      for chunk in table.chunks.indices {
        let byField = try #require(typer.typeByField(table, chunk: chunk))
        #expect(byField.keyCellsOmitted)
        let byRecord = typer.typeByRecord(table, chunk: chunk)
        #expect(!byRecord.keyCellsOmitted)
        var start = 0
        let keys = byField.keyEnds.map { end in
          defer { start = end }
          return String(decoding: byField.keys[start..<end], as: UTF8.self)
        }
        #expect(keys == (0..<byRecord.count).map { byRecord.fields[0].text($0) ?? "" })
      }
    }
  }

  @Test func aFileWithoutAnOptionalColumnIsTypedAsByRecord() throws {
    let text = "review_id,child_id,held_on\nR1,C1,2021-05-05\nR2,C1,\nR3,C9,2021-01-31\n"
    let (typer, table) = try prepared(text, chunkSize: .max)
    let byField = try #require(typer.typeByField(table, chunk: 0))
    #expect(described(byField) == described(typer.typeByRecord(table, chunk: 0)))
  }

  @Test func aChunkWithACellToWordOrReadAnotherWayIsTypedByRecord() throws {
    let header = "review_id,child_id,period_id,held_on,participation,chair_id,cancelled,score\n"
    let good = "R1,C1,P1,2021-05-05,PN1,X1,false,3\n"
    let rows = [
      "R2,C1,P1, 2021-06-05,PN1,X1,false,3\n",  // a padded date
      "R2,C1,P1,2021-02-30,PN1,X1,false,3\n",  // no such day
      "R2,C1,P1,05/06/2021,PN1,X1,false,3\n",  // another form
      ",C1,P1,2021-06-05,PN1,X1,false,3\n",  // an empty key
      "R2,,P1,2021-06-05,PN1,X1,false,3\n",  // an empty owner
      "R2,C1,P1,2021-06-05,PN9,X1,false,3\n",  // not a code
      "R2,C1,P1,2021-06-05,PN\u{E9},X1,false,3\n",  // a code's bytes that are not ASCII
      "R2,C1,P1,2021-06-05,PN1,X1,maybe,3\n",  // not a flag
      "R2,C1,P1,2021-06-05,PN1,X1,false,3.5\n",  // not a whole number
      "R2,\"C\"\"1\",P1,2021-06-05,PN1,X1,false,3\n",  // quoted, with a quote inside
    ]
    for row in rows {
      let (typer, table) = try prepared(header + good + row, chunkSize: .max)
      #expect(typer.typeByField(table, chunk: 0) == nil, "\(row.debugDescription)")
      #expect(
        described(typer.type(table, chunk: 0))
          == described(typer.typeByRecord(table, chunk: 0)), "\(row.debugDescription)")
    }
  }
}
