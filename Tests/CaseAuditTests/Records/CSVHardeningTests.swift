import Testing

@testable import CaseAudit

private func read(_ bytes: [UInt8]) -> (CSVTable?, [String]) {
  let (table, diagnostics) = CSVReader().read(bytes, path: "x.csv")
  return (table, diagnostics.map { $0.rendered() })
}

/// Field lengths, and the oddities read with a warning.
@Suite struct CSVHardeningTests {
  @Test func aNulByteIsRemovedWithAWarning() throws {
    let (table, diagnostics) = read(Array("id,team\n1,WB\0RI\n2,\"A\0\0\"\n".utf8))
    #expect(
      diagnostics == [
        "x.csv:2:2: warning: a NUL byte (shown as \\0) in 'WB\\0RI'; read as 'WBRI'",
        "x.csv:3:2: warning: 2 NUL bytes (shown as \\0) in 'A\\0\\0'; read as 'A'",
      ])
    #expect(table?.rows.map(\.fields) == [["1", "WBRI"], ["2", "A"]])
  }

  @Test func aStrayQuoteInAnUnquotedFieldIsKeptWithAWarning() throws {
    let (table, diagnostics) = read(Array("id,team\n1,WB\"RI\n2,ok\n".utf8))
    #expect(
      diagnostics == [
        "x.csv:2:2: warning: a quote inside the unquoted field 'WB\"RI'; read as written"
      ])
    #expect(table?.rows.map(\.fields) == [["1", "WB\"RI"], ["2", "ok"]])
  }

  @Test func aSecondByteOrderMarkIsRemovedFromTheColumnName() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let (table, diagnostics) = read(bom + bom + Array("child_id,dob\nC1,2012-01-01\n".utf8))
    #expect(
      diagnostics == [
        "x.csv:1:1: warning: a byte-order mark (U+FEFF) in the column name 'child_id'; read"
          + " without it"
      ])
    #expect(table?.header == ["child_id", "dob"])
  }

  @Test func aFieldMayHoldThirtyTwoKibibytes() throws {
    let limit = CSVReader.maximumFieldBytes
    #expect(limit == 32_768)
    let fits = String(repeating: "é", count: limit / 2)
    let (table, diagnostics) = read(Array("id,name\n1,\(fits)\n2,\"\(fits)\"\n".utf8))
    #expect(diagnostics == [])
    #expect(table?.rows.map { $0.fields[1].utf8.count } == [limit, limit])
  }

  @Test func aLongerFieldIsAnErrorShowingItsStart() throws {
    // The issue's reproduction: a 10 MB name.
    let huge = "Aaron " + String(repeating: "x", count: 10 * 1024 * 1024)
    let quoted = "\"" + String(repeating: "say \"\"hi\"\"\n", count: 4000) + "\""
    let accents = String(repeating: "é", count: 16_385)
    let text = "id,name\n1,\(huge)\n2,\(quoted)\n3,ok\n4,\(accents)\n"
    let (table, diagnostics) = read(Array(text.utf8))
    let start = "'Aaron " + String(repeating: "x", count: 34) + "…'"
    #expect(
      diagnostics == [
        "x.csv:2:2: error: the field starting \(start) is 10485766 bytes long; a field may hold at"
          + " most 32768 bytes (32 KiB)",
        "x.csv:3:2: error: the field starting 'say \"hi\"\\nsay \"hi\"\\nsay \"hi\"\\nsay"
          + " \"hi\"\\nsay …' is 36000 bytes long; a field may hold at most 32768 bytes (32 KiB)",
        "x.csv:5:2: error: the field starting '\(String(repeating: "é", count: 40))…' is 32770"
          + " bytes long; a field may hold at most 32768 bytes (32 KiB)",
      ])
    #expect(table?.rows.map(\.fields) == [["3", "ok"]])
    #expect(table?.rejectedRows == 3)
  }
}
