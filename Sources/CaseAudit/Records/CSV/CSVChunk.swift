/// A run of whole records of a file, to be scanned on its own: it starts at a record's first
/// byte, so no quoted field (which may hold line breaks) is ever cut, and it knows the row and
/// line it starts on, so its diagnostics read as those of a scan of the whole file.
struct CSVChunk: Sendable, Equatable {
  /// The first byte of its first record.
  var start: Int
  /// The first byte after its last record (the next chunk's start, or the file's end).
  var end: Int
  /// The line its first record starts on.
  var line: Int
  /// The row number of its first record (the header is row 1).
  var row: Int
  /// How many records it holds, blank ones included.
  var records: Int
}

extension CSVRecordScanner {
  /// The records from `start` (a record's first byte, on `line`, numbered `row`) to the end,
  /// cut into chunks of at least `size` bytes (the last may be smaller). Records are found as
  /// `forEachRecord` finds them, byte for byte, but nothing is built.
  func chunks(from start: Int, line: Int, row: Int, size: Int) -> [CSVChunk] {
    bytes.withUnsafeBufferPointer { buffer in
      var chunks: [CSVChunk] = []
      var current = CSVChunk(start: start, end: start, line: line, row: row, records: 0)
      var index = start
      var line = line
      while index < buffer.count {
        index = Self.recordEnd(buffer, from: index, line: &line)
        current.records += 1
        if index - current.start >= size || index >= buffer.count {
          current.end = index
          chunks.append(current)
          current = CSVChunk(
            start: index, end: index, line: line, row: current.row + current.records, records: 0)
        }
      }
      return chunks
    }
  }

  /// The first byte after the record starting at `index`, counting the lines it spans as
  /// `forEachRecord` counts them (a line break inside a quoted field is a line; a carriage
  /// return there is not). Only quotes and line breaks matter to where a record ends, so the
  /// scan skips to them eight bytes at a time; a quote opens a quoted field only at a field's
  /// start (elsewhere, and in text after a closing quote, it is text, as `forEachRecord` reads
  /// it).
  @inline(__always)
  private static func recordEnd(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int
  ) -> Int {
    let count = buffer.count
    var index = start
    while true {
      index = nextQuoteOrBreak(buffer, from: index)
      if index >= count { return count }
      let byte = buffer[index]
      if byte == quote {
        let opens = index == start || buffer[index - 1] == comma
        index += 1
        guard opens else { continue }
        while index < count {
          let byte = buffer[index]
          if byte == quote {
            guard index + 1 < count && buffer[index + 1] == quote else { break }
            index += 2
            continue
          }
          if byte == lf { line += 1 }
          index += 1
        }
        if index >= count { return count }
        // Past the closing quote: text after it (malformed) runs to the field's end.
        index += 1
        continue
      }
      let crlf = byte == cr && index + 1 < count && buffer[index + 1] == lf
      line += 1
      return index + (crlf ? 2 : 1)
    }
  }

  /// The first quote, carriage return or line feed from `start`, or the buffer's end.
  @inline(__always)
  static func nextQuoteOrBreak(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    firstByte(buffer, from: start) { word in
      // Each mask's lowest set bit marks its byte's first match exactly (a borrow can only
      // mark bytes above a match), so the lowest bit of all three marks the first of any.
      let quotes = word ^ (ones &* UInt64(quote))
      let returns = word ^ (ones &* UInt64(cr))
      let feeds = word ^ (ones &* UInt64(lf))
      return ((quotes &- ones) & ~quotes | (returns &- ones) & ~returns | (feeds &- ones) & ~feeds)
        & highs
    } matching: { $0 == quote || $0 == cr || $0 == lf }
  }
}
