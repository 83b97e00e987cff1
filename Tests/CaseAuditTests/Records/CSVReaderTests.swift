import Testing

@testable import CaseAudit

private func read(_ text: String) -> (CSVTable?, String) {
  let (table, diagnostics) = CSVReader().read(Array(text.utf8), path: "x.csv")
  return (table, diagnostics.map { $0.rendered() }.joined(separator: "\n"))
}

@Suite struct CSVReaderTests {
  @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
    let (table, diagnostics) = read(
      "id,note\r\n1,\"a, b\"\r\n2,\"she said \"\"hi\"\"\"\r\n3,\"two\r\nlines\"\r\n4,last\r\n")
    #expect(diagnostics == "")
    let rows = try #require(table).rows
    #expect(
      rows.map(\.fields) == [
        ["1", "a, b"], ["2", "she said \"hi\""], ["3", "two\r\nlines"], ["4", "last"],
      ])
    #expect(rows.map(\.number) == [2, 3, 4, 5])
    #expect(rows.map(\.line) == [2, 3, 4, 6])
  }

  @Test func byteOrderMarkIsNotPartOfTheFirstColumn() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("child_id,dob\nC1,2012-01-01\n".utf8)
    let (table, diagnostics) = CSVReader().read(bytes, path: "x.csv")
    #expect(diagnostics.isEmpty)
    #expect(table?.header == ["child_id", "dob"])
    #expect(table?.encoding == .utf8WithBOM)
  }

  @Test func windows1252IsReadWithAWarning() throws {
    let bytes: [UInt8] = Array("id,name\n1,Zo".utf8) + [0xEB, 0x20, 0x93, 0x61, 0x94] + [0x0A]
    let (table, diagnostics) = CSVReader().read(bytes, path: "x.csv")
    #expect(table?.rows.first?.fields == ["1", "Zo\u{EB} \u{201C}a\u{201D}"])
    #expect(
      diagnostics.map { $0.rendered() } == [
        "x.csv:1:1: warning: not valid UTF-8 (the first byte that is not, 0xEB, is on line 2):"
          + " read as Windows-1252"
      ])
  }

  /// UTF-8 names with one Windows-1252 byte among them (rows from two systems): the UTF-8 is
  /// kept as it is, and only the byte that is not UTF-8 read as Windows-1252.
  @Test func utf8WithAWindows1252ByteKeepsItsUTF8() throws {
    let bytes: [UInt8] =
      Array("id,name\n1,Zo\u{EB}\n2,Si".utf8) + [0xE2] + Array("n\n3,\u{201C}x\u{201D}\n".utf8)
    let (table, diagnostics) = CSVReader().read(bytes, path: "x.csv")
    #expect(
      table?.rows.map(\.fields) == [
        ["1", "Zo\u{EB}"], ["2", "Si\u{E2}n"], ["3", "\u{201C}x\u{201D}"],
      ])
    #expect(table?.encoding == .utf8AndWindows1252)
    #expect(
      diagnostics.map { $0.rendered() } == [
        "x.csv:1:1: warning: not valid UTF-8 throughout (the first byte that is not, 0xE2, is"
          + " on line 3): the bytes that are not UTF-8 are read as Windows-1252, the rest as UTF-8"
      ])
  }

  /// A byte-order mark says UTF-8: with a Windows-1252 byte later on, the mark is still
  /// dropped, not read as three characters at the start of the first column's name.
  @Test func aByteOrderMarkBeforeAWindows1252ByteIsDropped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\n1,Ren".utf8) + [0xE9, 0x0A]
    let (table, _) = CSVReader().read(bytes, path: "x.csv")
    #expect(table?.header == ["id", "name"])
    #expect(table?.rows.first?.fields == ["1", "Ren\u{E9}"])
  }

  @Test func raggedRowsAreReportedAndLeftOut() throws {
    let (table, diagnostics) = read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n")
    #expect(
      diagnostics == """
        x.csv:3:3: error: row has 2 fields; the header has 3
        x.csv:4:4: error: row has 4 fields; the header has 3
        """)
    #expect(table?.rows.count == 1)
    #expect(table?.rejectedRows == 2)
  }

  /// A quote never closed takes the rest of the file into one field: the error says how many
  /// lines went with it, not only that one row was excluded.
  @Test(arguments: [
    ("a,b\n1,\"x\n2,ok\n3,ok\n", ", and no row on the 2 lines after it is read"),
    ("a,b\n1,\"x\n2,ok", ", and no row on the line after it is read"),
    ("a,b\n1,\"x\n", ""),
    ("a,b\n1,\"x", ""),
  ])
  func aQuoteNeverClosedSaysHowManyLinesItTook(text: String, lost: String) throws {
    let (table, diagnostics) = read(text)
    #expect(
      diagnostics == "x.csv:2:2: error: a quoted field is never closed; the file ends inside it"
        + lost)
    #expect(table?.rows.isEmpty == true)
  }

  @Test func brokenQuoting() throws {
    let (table, diagnostics) = read("a,b\n1,\"x\"y\n2,ok\n3,\"never closed\n")
    #expect(
      diagnostics == """
        x.csv:2:2: error: unexpected text after the closing quote of a quoted field
        x.csv:4:2: error: a quoted field is never closed; the file ends inside it
        """)
    #expect(table?.rows.map(\.fields) == [["2", "ok"]])
  }

  @Test func emptyAndHeaderOnlyFiles() {
    #expect(
      read("").1 == "x.csv:1:1: error: the file is empty; expected a header row of column names")
    #expect(read("a,b\n").1 == "x.csv:1:1: warning: the file has a header but no records")
    #expect(read("a,b\n").0?.rows.isEmpty == true)
  }

  @Test func blankLinesCountAsRowsButCarryNothing() throws {
    let (table, diagnostics) = read("a,b\n\n1,2\n\n")
    #expect(diagnostics == "")
    #expect(table?.rows.map(\.number) == [3])
  }

  /// Rows a spreadsheet leaves when their cells are cleared hold no record: they are skipped
  /// like blank lines, not reported once per empty required field.
  @Test func rowsOfOnlyEmptyFieldsAreBlank() throws {
    let (table, diagnostics) = read("a,b,c\n1,2,3\n,,\n\"\",,\"\"\n,\n4,,6\n")
    #expect(diagnostics == "")
    #expect(table?.rows.map(\.number) == [2, 6])
    #expect(table?.rows.map(\.fields) == [["1", "2", "3"], ["4", "", "6"]])
    #expect(table?.rejectedRows == 0)
  }

  @Test func lastLineWithoutLineBreak() throws {
    #expect(read("a,b\n1,2").0?.rows.map(\.fields) == [["1", "2"]])
  }
}
