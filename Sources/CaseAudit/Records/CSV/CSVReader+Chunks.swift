extension CSVReader {
  /// A file made ready to be scanned a chunk at a time, on any thread: decoded, its header
  /// read, the records after it cut into chunks of whole records.
  struct PreparedFile: Sendable {
    /// The decoded bytes.
    let scanner: CSVRecordScanner
    /// What the file's start showed: its encoding, its header and their problems.
    var summary: ScanSummary
    /// The records after the header; none when there is no header or the bytes are unreadable.
    var chunks: [CSVChunk]
    /// Whether the bytes were decoded (UTF-16 with a lone surrogate is not read at all).
    var readable: Bool
  }

  /// What scanning one chunk found besides the rows it handed on.
  struct ChunkScan: Sendable {
    /// Problems found, in the chunk's order.
    var diagnostics: [Diagnostic] = []
    /// Records left out because they were malformed.
    var rejectedRows = 0
    /// Records handed on.
    var kept = 0
  }

  /// Decodes a file, reads its header and cuts the records after it into chunks of at least
  /// `chunkSize` bytes (`.max`: one chunk).
  func prepare(_ bytes: [UInt8], path: String, chunkSize: Int) -> PreparedFile {
    let decoded = TextDecoding.decoded(bytes)
    var summary = ScanSummary(
      header: nil, rejectedRows: 0, encoding: decoded.encoding, diagnostics: [])
    let scanner = CSVRecordScanner(decoded.bytes)
    let start = SourceLocation(file: path, line: 1, column: 1)
    if let offset = decoded.invalidOffset {
      summary.diagnostics.append(
        .error(
          "not valid \(decoded.encoding.rawValue): a lone surrogate or an odd last byte at byte"
            + " offset \(offset); the file is not read", at: start, kind: "encoding"))
      return PreparedFile(scanner: scanner, summary: summary, chunks: [], readable: false)
    }
    if let warning = CSVReader.encodingWarning(decoded) {
      summary.diagnostics.append(Diagnostic(.warning, warning, at: start, kind: "encoding"))
    }
    // The header is the first record that is neither blank nor malformed.
    var number = 0
    let (index, line) = scanner.forEachRecord { record, file in
      number += 1
      Self.note(record.warnings, row: number, path: path, &summary.diagnostics)
      if let problem = record.problem {
        if number > 1 { summary.rejectedRows += 1 }
        Self.reject(problem, row: number, path: path, &summary.diagnostics)
        return true
      }
      if record.isBlank { return true }
      let fields = record.spans.withUnsafeBufferPointer { spans in
        record.scratch.withUnsafeBufferPointer { scratch in
          let row = CSVByteRow(
            number: number, line: record.line, spans: spans, file: file, scratch: scratch)
          return (0..<row.count).map { row.text($0) }
        }
      }
      summary.header = CSVReader.columnNames(fields, path: path, &summary.diagnostics)
      return false
    }
    let chunks =
      summary.header == nil
      ? [] : scanner.chunks(from: index, line: line, row: number + 1, size: chunkSize)
    return PreparedFile(scanner: scanner, summary: summary, chunks: chunks, readable: true)
  }

  /// Hands each well-formed record of a chunk of a prepared file to `body` in order. Plain
  /// records (see `plainRecord`) are read by a short loop; any other by `forEachRecord`.
  func scan(
    _ file: PreparedFile, _ chunk: CSVChunk, path: String, _ body: (CSVByteRow) -> Void
  ) -> ChunkScan {
    var result = ChunkScan()
    guard let header = file.summary.header else { return result }
    let scanner = file.scanner
    // One span more than the header's: a record with more fields is read the general way.
    var plainSpans = [CSVRecordScanner.Span](
      repeating: CSVRecordScanner.Span(start: 0, end: 0, inScratch: false),
      count: header.count + 1)
    plainSpans.withUnsafeMutableBufferPointer { spans in
      scanner.bytes.withUnsafeBufferPointer { buffer in
        var index = chunk.start
        var line = chunk.line
        var number = chunk.row - 1
        let stop = min(chunk.end, buffer.count)
        while index < stop {
          number += 1
          if let plain = scanner.plainRecord(buffer, from: index, line: line, into: spans) {
            let fields = UnsafeBufferPointer(rebasing: spans[0..<plain.fields])
            let row = CSVByteRow(
              number: number, line: line, spans: fields, file: buffer,
              scratch: UnsafeBufferPointer(start: nil, count: 0))
            (index, line) = (plain.index, plain.line)
            if fields.allSatisfy({ $0.start == $0.end }) { continue }
            take(row, header: header.count, path: path, &result, body)
            continue
          }
          (index, line) = scanner.forEachRecord(from: index, to: stop, line: line) {
            record, bytes in
            Self.note(record.warnings, row: number, path: path, &result.diagnostics)
            if let problem = record.problem {
              result.rejectedRows += 1
              Self.reject(problem, row: number, path: path, &result.diagnostics)
              return false
            }
            if record.isBlank { return false }
            record.spans.withUnsafeBufferPointer { fields in
              record.scratch.withUnsafeBufferPointer { scratch in
                let row = CSVByteRow(
                  number: number, line: record.line, spans: fields, file: bytes, scratch: scratch)
                take(row, header: header.count, path: path, &result, body)
              }
            }
            return false
          }
        }
      }
    }
    return result
  }

  /// Hands on a record that is neither malformed nor blank, or rejects it when ragged.
  @inline(__always)
  private func take(
    _ row: CSVByteRow, header: Int, path: String, _ result: inout ChunkScan,
    _ body: (CSVByteRow) -> Void
  ) {
    guard row.count == header else {
      let count = row.count
      result.rejectedRows += 1
      let problem = CSVRecordScanner.Problem(
        message: "row has \(count) field\(count == 1 ? "" : "s"); the header has \(header)",
        column: min(count, header) + 1, kind: "ragged row")
      Self.reject(problem, row: row.number, path: path, &result.diagnostics)
      return
    }
    result.kept += 1
    body(row)
  }

  /// Adds a record's warnings at its row.
  private static func note(
    _ warnings: [CSVRecordScanner.Problem], row: Int, path: String,
    _ diagnostics: inout [Diagnostic]
  ) {
    for warning in warnings {
      let location = SourceLocation(file: path, line: row, column: warning.column)
      diagnostics.append(Diagnostic(.warning, warning.message, at: location, kind: warning.kind))
    }
  }

  /// Adds the error that keeps a record out.
  private static func reject(
    _ problem: CSVRecordScanner.Problem, row: Int, path: String, _ diagnostics: inout [Diagnostic]
  ) {
    let location = SourceLocation(file: path, line: row, column: problem.column)
    diagnostics.append(.error(problem.message, at: location, kind: problem.kind))
  }
}

extension CSVReader.ScanSummary {
  /// The summary of the whole file from what its start showed (this) and its chunks' scans, in
  /// order: a file without a header is an error, and one with a header but no records a
  /// warning. An unreadable file's summary is what its start showed.
  func finished(
    _ scans: [CSVReader.ChunkScan], readable: Bool, path: String
  ) -> CSVReader.ScanSummary {
    var summary = self
    guard readable else { return summary }
    var kept = 0
    for scan in scans {
      summary.diagnostics.append(contentsOf: scan.diagnostics)
      summary.rejectedRows += scan.rejectedRows
      kept += scan.kept
    }
    let start = SourceLocation(file: path, line: 1, column: 1)
    if summary.header == nil {
      summary.diagnostics.append(
        .error(
          "the file is empty; expected a header row of column names", at: start, kind: "empty file")
      )
    } else if kept == 0 && summary.rejectedRows == 0 {
      summary.diagnostics.append(
        Diagnostic(.warning, "the file has a header but no records", at: start, kind: "no records"))
    }
    return summary
  }
}
