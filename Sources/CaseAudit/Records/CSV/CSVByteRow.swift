/// A well-formed record as the bytes of its fields, for readers that type fields without
/// building text; valid only during the call that receives it.
struct CSVByteRow {
  /// The record's number: the header is row 1, the first record row 2.
  var number: Int
  /// The line of the file the record starts on.
  var line: Int
  /// Where each field's bytes are.
  let spans: UnsafeBufferPointer<CSVRecordScanner.Span>
  /// The file's bytes (as UTF-8).
  let file: UnsafeBufferPointer<UInt8>
  /// The record's quoted fields' bytes.
  let scratch: UnsafeBufferPointer<UInt8>

  /// The number of fields.
  var count: Int { spans.count }

  /// The bytes of a field.
  @inline(__always)
  subscript(field: Int) -> UnsafeBufferPointer<UInt8> {
    let span = spans[field]
    return UnsafeBufferPointer(rebasing: (span.inScratch ? scratch : file)[span.start..<span.end])
  }

  /// The text of a field, as the text-reading `CSVReader.scan` hands it on.
  func text(_ field: Int) -> String { String(decoding: self[field], as: UTF8.self) }
}
