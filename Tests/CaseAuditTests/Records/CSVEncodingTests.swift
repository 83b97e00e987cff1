import Testing

@testable import CaseAudit

private func read(_ bytes: [UInt8]) -> (CSVTable?, [String]) {
  let (table, diagnostics) = CSVReader().read(bytes, path: "x.csv")
  return (table, diagnostics.map { $0.rendered() })
}

/// A text's UTF-16 code units as bytes, each unit's two bytes in the order asked.
private func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
  let units = (bom ? [0xFEFF] : []) + Array(text.utf16)
  return units.flatMap { unit -> [UInt8] in
    let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
    return bigEndian ? [high, low] : [low, high]
  }
}

/// UTF-16 exports are read as their text; broken UTF-16 is one error.
@Suite struct CSVEncodingTests {
  @Test func utf16WithAByteOrderMarkIsReadAsItsText() throws {
    // "id,name\n1,Zoë\n" in UTF-16LE with its BOM, as SQL Server's "Unicode" export writes it.
    let bytes: [UInt8] = [
      0xFF, 0xFE, 0x69, 0, 0x64, 0, 0x2C, 0, 0x6E, 0, 0x61, 0, 0x6D, 0, 0x65, 0, 0x0A, 0,
      0x31, 0, 0x2C, 0, 0x5A, 0, 0x6F, 0, 0xEB, 0, 0x0A, 0,
    ]
    let (table, diagnostics) = read(bytes)
    #expect(diagnostics == [])
    #expect(table?.header == ["id", "name"])
    #expect(table?.rows.map(\.fields) == [["1", "Zoë"]])
    #expect(table?.encoding == .utf16LE)
  }

  @Test func utf16GivesTheRowsAndMessagesUTF8Gives() throws {
    let text = "id,name,dob\r\n1,\"Zoë 😀, Jr\",2012-01-01\r\n2,Ann\r\n"
    let (expected, expectedDiagnostics) = read(Array(text.utf8))
    #expect(expectedDiagnostics == ["x.csv:3:3: error: row has 2 fields; the header has 3"])
    for bigEndian in [false, true] {
      let (table, diagnostics) = read(utf16(text, bigEndian: bigEndian, bom: true))
      #expect(diagnostics == expectedDiagnostics)
      #expect(table?.rows.map(\.fields) == expected?.rows.map(\.fields))
      #expect(table?.rows.map(\.number) == expected?.rows.map(\.number))
      #expect(diagnostics.allSatisfy { !$0.contains("\0") })
    }
  }

  @Test func utf16WithoutAByteOrderMarkIsReadWithAWarning() throws {
    let text = "id,name\n1,Ann\n"
    let (little, littleDiagnostics) = read(utf16(text, bigEndian: false, bom: false))
    #expect(
      littleDiagnostics == [
        "x.csv:1:1: warning: no byte-order mark: read as UTF-16 (little-endian) from its zero bytes"
      ])
    #expect(little?.rows.map(\.fields) == [["1", "Ann"]])
    let (big, bigDiagnostics) = read(utf16(text, bigEndian: true, bom: false))
    #expect(
      bigDiagnostics == [
        "x.csv:1:1: warning: no byte-order mark: read as UTF-16 (big-endian) from its zero bytes"
      ])
    #expect(big?.rows.map(\.fields) == [["1", "Ann"]])
  }

  @Test func brokenUTF16IsOneErrorAndNoRows() throws {
    let loneSurrogate: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x0A, 0x00]
    let (table, diagnostics) = read(loneSurrogate)
    #expect(table == nil)
    #expect(
      diagnostics == [
        "x.csv:1:1: error: not valid UTF-16 (little-endian): a lone surrogate or an odd last byte"
          + " at byte offset 4; the file is not read"
      ])
    let oddLength: [UInt8] = [0xFE, 0xFF, 0x00, 0x61, 0x00]
    #expect(
      read(oddLength).1 == [
        "x.csv:1:1: error: not valid UTF-16 (big-endian): a lone surrogate or an odd last byte"
          + " at byte offset 4; the file is not read"
      ])
  }
}
