import PropertyBased
import Testing

@testable import CaseAudit

/// Bytes a CSV file is made of, the awkward ones often: delimiters, quotes, NUL, spaces and
/// signs just below the comma, letters, digits and the bytes of a UTF-8 `é`.
private let csvBytes = Gen.element(of: Array(",,\"\r\n\n\0 +-aZ09".utf8) + [0xC3, 0xA9, 0x2C])
  .map { $0 ?? 0x61 }

/// The byte-at-a-time search `nextCandidate` stands for.
private func firstCandidate(_ bytes: [UInt8], from start: Int) -> Int {
  bytes[start...].firstIndex { $0 <= UInt8(ascii: ",") } ?? bytes.count
}

/// The short ways of reading CSV bytes read as the general ones do, on random bytes.
@Suite struct PlainRecordPropertyTests {
  @Test func nextCandidateFindsTheFirstByteAtMostAComma() async {
    await propertyCheck(count: 500, input: csvBytes.array(of: 0...40), Gen.int(in: 0...40)) {
      bytes, start in
      let from = min(start, bytes.count)
      let found = bytes.withUnsafeBufferPointer {
        CSVRecordScanner.nextCandidate($0, from: from)
      }
      #expect(found == firstCandidate(bytes, from: from))
    }
  }

  @Test func aPlainRecordIsReadAsForEachRecordReadsIt() async {
    await propertyCheck(count: 1_000, input: csvBytes.array(of: 0...30), Gen.int(in: 1...6)) {
      bytes, capacity in
      let scanner = CSVRecordScanner(bytes, fieldLimit: 5)
      var general: (spans: [CSVRecordScanner.Span], clean: Bool)?
      let (end, line) = scanner.forEachRecord(line: 7) { record, _ in
        general = (record.spans, record.problem == nil && record.warnings.isEmpty)
        return false
      }
      var spans = [CSVRecordScanner.Span](
        repeating: .init(start: 0, end: 0, inScratch: false), count: capacity)
      let plain = spans.withUnsafeMutableBufferPointer { spans in
        bytes.withUnsafeBufferPointer { scanner.plainRecord($0, from: 0, line: 7, into: spans) }
      }
      // An empty file has no record (the chunk scan never asks for one).
      guard let general else {
        #expect(bytes.isEmpty)
        return
      }
      let recordBytes = bytes[0..<end]
      // Without quotes and NUL bytes, only a field past the limit makes a problem.
      let isPlain =
        !recordBytes.contains(UInt8(ascii: "\"")) && !recordBytes.contains(0)
        && general.spans.count <= capacity && general.clean
      #expect((plain != nil) == isPlain, "\(bytes)")
      guard let plain else { return }
      #expect(general.clean)
      #expect(plain.index == end && plain.line == line)
      #expect(
        spans[0..<plain.fields].map { [$0.start, $0.end] }
          == general.spans.map { [$0.start, $0.end] })
      #expect(general.spans.allSatisfy { !$0.inScratch })
    }
  }

  @Test func datesFromBytesAreReadAsDayReadsText() async {
    let characters = Gen.element(of: Array("0123456789-/ x".utf8) + [0xFF]).map { $0 ?? 0x30 }
    await propertyCheck(count: 2_000, input: characters.array(of: 8...11)) { bytes in
      Self.expectSameDay(bytes)
    }
    let days = Gen.int(in: Day.supportedNumbers)
    await propertyCheck(count: 1_000, input: days) { number in
      Self.expectSameDay(Array(Day(number: number).description.utf8))
    }
  }

  private static func expectSameDay(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let fromBytes = bytes.withUnsafeBufferPointer { CellPlan.day($0) }
    #expect(fromBytes == Day(iso: text).map { Int32($0.number) }, "'\(text)'")
  }
}
