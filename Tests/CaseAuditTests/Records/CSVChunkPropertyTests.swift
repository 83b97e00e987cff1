import PropertyBased
import Testing

@testable import CaseAudit

/// Bytes of CSV files as chunks are cut from them: line breaks of every kind and quotes often,
/// so that quoted fields, CRLF pairs split across eight-byte words and lone carriage returns
/// all occur, with letters, commas and the bytes of a UTF-8 `é` between.
private let chunkBytes = Gen.element(of: Array("\n\n\n\r\r\"\",aaaaZ09".utf8) + [0xC3, 0xA9])
  .map { $0 ?? 0x61 }

/// Chunks as `chunks` must cut them, found with `forEachRecord` one record at a time: a chunk
/// ends after the first record that ends `size` or more bytes past its start.
private func referenceChunks(_ bytes: [UInt8], size: Int) -> [CSVChunk] {
  let scanner = CSVRecordScanner(bytes)
  var chunks: [CSVChunk] = []
  var current = CSVChunk(start: 0, end: 0, line: 1, row: 2, records: 0)
  var (index, line) = (0, 1)
  while index < bytes.count {
    (index, line) = scanner.forEachRecord(from: index, line: line) { _, _ in false }
    current.records += 1
    if index - current.start >= size || index >= bytes.count {
      current.end = index
      chunks.append(current)
      current = CSVChunk(
        start: index, end: index, line: line, row: current.row + current.records, records: 0)
    }
  }
  return chunks
}

/// Cutting a file into chunks skips to quotes and line breaks eight bytes at a time; it must
/// cut exactly where reading the records one by one does.
@Suite struct CSVChunkPropertyTests {
  @Test func chunksEndWhereRecordsReadOneByOneEnd() async {
    await propertyCheck(count: 2_000, input: chunkBytes.array(of: 0...70), Gen.int(in: 1...40)) {
      bytes, size in
      let chunks = CSVRecordScanner(bytes).chunks(from: 0, line: 1, row: 2, size: size)
      #expect(chunks == referenceChunks(bytes, size: size), "\(bytes) size \(size)")
    }
  }

  @Test func plainFilesAreCutAsRecordsReadOneByOneAreCut() {
    let lines = (1...40).map {
      "C\($0),2021-01-\($0 % 28 + 1),\(String(repeating: "x", count: $0))"
    }
    for breakText in ["\n", "\r\n"] {
      for final in ["", breakText] {
        let bytes = Array((lines.joined(separator: breakText) + final).utf8)
        for size in [1, 7, 8, 9, 63, 64, 65, 500, bytes.count, .max] {
          let chunks = CSVRecordScanner(bytes).chunks(from: 0, line: 1, row: 2, size: size)
          #expect(chunks == referenceChunks(bytes, size: size), "size \(size)")
        }
      }
    }
  }
}
